namespace CreditLoan.Domain.Common;

public enum EnterpriseType { Company, IndividualBusiness, Cooperative }

public enum CreditGrade { A, B, C, D }

public enum TransactionType { CashDeposit, CashWithdrawal, Transfer, PensionWithdrawal, UtilityPayment }
