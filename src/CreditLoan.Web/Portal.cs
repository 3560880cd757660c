namespace CreditLoan.Web;

/// <summary>The portal's UI texts: Resources/Portal.resx (Simplified Chinese, the default) and Portal.en.resx (English).</summary>
public sealed class Portal;
