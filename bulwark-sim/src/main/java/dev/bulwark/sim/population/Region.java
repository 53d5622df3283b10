package dev.bulwark.sim.population;

import java.util.List;

/** A marketplace region: currency, time zone, share of users, and the local shape of emails, phones and cards. */
public enum Region {
    US("USD", 2, 1.0, -5, 0.30, 0.30, 0.03, List.of("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"),
            List.of("ups", "usps", "fedex"), List.of("414720", "426684", "517805", "546616", "440066", "379734", "601100")),
    GB("GBP", 2, 0.79, 0, 0.12, 0.35, 0.03, List.of("gmail.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com", "icloud.com"),
            List.of("royal_mail", "dpd", "evri"), List.of("475129", "454313", "539123", "465901", "492181", "557062")),
    DE("EUR", 2, 0.92, 1, 0.13, 0.30, 0.02, List.of("gmail.com", "gmx.de", "gmx.de", "web.de", "web.de", "t-online.de", "outlook.de", "yahoo.de"),
            List.of("dhl", "hermes", "dpd"), List.of("450875", "516730", "492910", "535110", "418760", "552120")),
    BR("BRL", 2, 5.0, -3, 0.20, 0.60, 0.10, List.of("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br", "bol.com.br"),
            List.of("correios", "jadlog", "loggi"), List.of("516292", "498442", "650485", "406669", "536380", "552289")),
    ID("IDR", 0, 15800, 7, 0.25, 0.75, 0.15, List.of("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com"),
            List.of("jne", "jnt", "sicepat"), List.of("461699", "524325", "437541", "510197", "489764", "542650"));

    private final String currency;
    private final int digits;
    private final double fx;
    private final int tzHours;
    private final double weight;
    private final double mobileShare;
    private final double otpShare;
    private final List<String> webmail;
    private final List<String> carriers;
    private final List<String> bins;

    Region(String currency, int digits, double fx, int tzHours, double weight, double mobileShare, double otpShare,
           List<String> webmail, List<String> carriers, List<String> bins) {
        this.currency = currency;
        this.digits = digits;
        this.fx = fx;
        this.tzHours = tzHours;
        this.weight = weight;
        this.mobileShare = mobileShare;
        this.otpShare = otpShare;
        this.webmail = webmail;
        this.carriers = carriers;
        this.bins = bins;
    }

    /** ISO 4217 currency code. */
    public String currency() {
        return currency;
    }

    /** Decimal digits of the currency's minor unit (0 for IDR). */
    public int digits() {
        return digits;
    }

    /** Minor units per major unit. */
    public long minorPerMajor() {
        return digits == 0 ? 1 : 100;
    }

    /** Local currency units per US dollar. */
    public double fx() {
        return fx;
    }

    /** Offset of local time from UTC, hours. */
    public int tzHours() {
        return tzHours;
    }

    /** Share of the population living here. */
    public double weight() {
        return weight;
    }

    /** Share of users that connect mostly through a mobile carrier. */
    public double mobileShare() {
        return mobileShare;
    }

    /** Share of good logins that use a one-time password. */
    public double otpShare() {
        return otpShare;
    }

    /** Webmail domains, repeated by popularity. */
    public List<String> webmail() {
        return webmail;
    }

    /** Parcel carriers. */
    public List<String> carriers() {
        return carriers;
    }

    /** Card BINs of local issuers. */
    public List<String> bins() {
        return bins;
    }

    /** Converts US dollars to minor units of this region's currency, rounded to a shop-like price. */
    public long price(double usd) {
        double local = usd * fx;
        if (digits == 0) {
            return Math.max(1000, Math.round(local / 1000.0) * 1000);
        }
        long whole = Math.max(1, Math.round(local));
        return whole * 100 - 1;
    }

    /** Converts minor units of this region's currency to US dollars. */
    public double usd(long minor) {
        return minor / (double) minorPerMajor() / fx;
    }

    /** Regions' population weights in declaration order. */
    public static double[] weights() {
        Region[] all = values();
        double[] w = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            w[i] = all[i].weight;
        }
        return w;
    }
}
