namespace CreditLoan.Domain.Calendar;

/// <summary>
/// Solar terms (节气): the instants when the sun's apparent geocentric ecliptic longitude reaches a multiple of 15°.
/// Computed after Jean Meeus, "Astronomical Algorithms" (2nd ed.): the Earth's heliocentric longitude from the
/// principal terms of VSOP87 (Bretagnon and Francou, J2000 ecliptic), precessed to the equinox of date (Lieske),
/// plus nutation in longitude (ch. 22) and aberration (ch. 25), solved by the iteration of ch. 27; ΔT from the
/// Espenak–Meeus polynomials. Agrees with full ephemerides to within about half a minute over 1900–2150.
/// </summary>
public static class SolarTerms
{
    public const int FirstYear = 1900;
    public const int LastYear = 2150;

    private const double J2000 = 2451545.0;
    private const double DaysPerMillennium = 365250.0;
    private static readonly DateTime J2000Utc = new(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    // VSOP87 Earth, heliocentric longitude L0, L1, L2 (J2000 ecliptic): amplitude (rad), phase (rad), frequency (rad per millennium)
    private static readonly (double A, double B, double C)[][] Longitude =
    [
        [
            (1.75347045673, 0, 0), (0.03341656453, 4.66925680415, 6283.07584999140),
            (0.00034894275, 4.62610242189, 12566.15169998280), (0.00003417572, 2.82886579754, 3.52311834900),
            (0.00003497056, 2.74411783405, 5753.38488489680), (0.00003135899, 3.62767041756, 77713.77146812050),
            (0.00002676218, 4.41808345438, 7860.41939243920), (0.00002342691, 6.13516214446, 3930.20969621960),
            (0.00001273165, 2.03709657878, 529.69096509460), (0.00001324294, 0.74246341673, 11506.76976979360),
            (0.00000901854, 2.04505446477, 26.29831979980), (0.00001199167, 1.10962946234, 1577.34354244780),
            (0.00000857223, 3.50849152283, 398.14900340820), (0.00000779786, 1.17882681962, 5223.69391980220),
            (0.00000990250, 5.23268072088, 5884.92684658320), (0.00000753141, 2.53339052847, 5507.55323866740),
            (0.00000505267, 4.58292599973, 18849.22754997420), (0.00000492392, 4.20505711826, 775.52261132400),
            (0.00000356672, 2.91954114478, 0.06731030280), (0.00000284125, 1.89869240932, 796.29800681640),
            (0.00000242879, 0.34481445893, 5486.77784317500), (0.00000317087, 5.84901948512, 11790.62908865880),
            (0.00000271112, 0.31486255375, 10977.07880469900), (0.00000206217, 4.80646631478, 2544.31441988340),
            (0.00000205478, 1.86953770281, 5573.14280143310), (0.00000202318, 2.45767790232, 6069.77675455340),
            (0.00000126225, 1.08295459501, 20.77539549240), (0.00000155516, 0.83306084617, 213.29909543800),
        ],
        [
            (6283.07584999140, 0, 0), (0.00206058863, 2.67823455808, 6283.07584999140),
            (0.00004303419, 2.63512233481, 12566.15169998280),
        ],
        [
            (0.00008721859, 1.07253635559, 6283.07584999140),
        ],
    ];

    /// <summary>
    /// The instant (UTC) in the given Gregorian year when the sun's apparent longitude reaches
    /// <paramref name="longitude"/> degrees (0 = 春分, 15 = 清明, 90 = 夏至, 270 = 冬至, ...).
    /// </summary>
    public static DateTimeOffset Instant(int year, double longitude)
    {
        if (year is < FirstYear or > LastYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Solar terms are computed for {FirstYear}–{LastYear}.");
        longitude = Normalize(longitude);
        // the sun is at 0° near 20 March and moves about 0.9856° a day; a term before 春分 belongs to the same Gregorian year
        var startOfYear = JulianDay(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var jde = startOfYear + 79 + longitude / 360.0 * 365.2422;
        if (jde >= startOfYear + 365.2422) jde -= 365.2422;
        for (var i = 0; i < 20; i++)
        {
            var correction = 58.0 * Math.Sin(Radians(longitude - ApparentLongitude(jde)));
            jde += correction;
            if (Math.Abs(correction) < 1e-8) break;
        }
        var ut = jde - DeltaTSeconds(2000 + (jde - J2000) / 365.25) / 86400.0;
        return new DateTimeOffset(J2000Utc.AddDays(ut - J2000));
    }

    /// <summary>The sun's apparent geocentric longitude in degrees (0–360, equinox of date) at a Julian Ephemeris Day.</summary>
    public static double ApparentLongitude(double jde)
    {
        var millennia = (jde - J2000) / DaysPerMillennium;
        double heliocentric = 0, power = 1;
        foreach (var series in Longitude)
        {
            var sum = 0.0;
            foreach (var (a, b, c) in series) sum += a * Math.Cos(b + c * millennia);
            heliocentric += power * sum;
            power *= millennia;
        }
        var t = millennia * 10;
        var precession = (5029.0966 * t + 1.11113 * t * t) / 3600.0;
        var omega = Radians(125.04452 - 1934.136261 * t);
        var sunMean = Radians(280.4665 + 36000.7698 * t);
        var moonMean = Radians(218.3165 + 481267.8813 * t);
        var nutation = (-17.20 * Math.Sin(omega) - 1.32 * Math.Sin(2 * sunMean) - 0.23 * Math.Sin(2 * moonMean) + 0.21 * Math.Sin(2 * omega)) / 3600.0;
        var anomaly = Radians(357.52911 + 35999.05029 * t);
        var eccentricity = 0.016708634 - 0.000042037 * t;
        var distance = 1.000001018 * (1 - eccentricity * eccentricity) / (1 + eccentricity * Math.Cos(anomaly + Radians(1.914602 * Math.Sin(anomaly))));
        var aberration = -20.4898 / distance / 3600.0;
        return Normalize(heliocentric * 180.0 / Math.PI + 180.0 + precession + nutation + aberration);
    }

    private static double JulianDay(DateTime utc) => J2000 + (utc - J2000Utc).TotalDays;

    /// <summary>TT − UT in seconds (Espenak and Meeus, NASA Five Millennium Canon of Solar Eclipses, 2006).</summary>
    private static double DeltaTSeconds(double y)
    {
        double t;
        switch (y)
        {
            case < 1920:
                t = y - 1900;
                return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * Math.Pow(t, 3) - 0.000197 * Math.Pow(t, 4);
            case < 1941:
                t = y - 1920;
                return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * Math.Pow(t, 3);
            case < 1961:
                t = y - 1950;
                return 29.07 + 0.407 * t - t * t / 233 + Math.Pow(t, 3) / 2547;
            case < 1986:
                t = y - 1975;
                return 45.45 + 1.067 * t - t * t / 260 - Math.Pow(t, 3) / 718;
            case < 2005:
                t = y - 2000;
                return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.Pow(t, 3) + 0.000651814 * Math.Pow(t, 4)
                       + 0.00002373599 * Math.Pow(t, 5);
            case < 2050:
                t = y - 2000;
                return 62.92 + 0.32217 * t + 0.005589 * t * t;
            default:
                return -20 + 32 * Math.Pow((y - 1820) / 100, 2) - 0.5628 * (2150 - y);
        }
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;

    private static double Normalize(double degrees)
    {
        var d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
