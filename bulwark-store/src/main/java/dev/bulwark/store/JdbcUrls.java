package dev.bulwark.store;

import java.util.regex.Pattern;

/** Reading JDBC URLs without ever echoing a password. */
final class JdbcUrls {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//([^/@:]*):[^/@]*@");

    private JdbcUrls() {
    }

    /** The URL with any password (a {@code password=} parameter or {@code user:password@}) replaced by stars. */
    static String mask(String url) {
        String masked = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("//$1:***@");
    }

    /** The scheme: {@code jdbc:mysql} for {@code jdbc:mysql://...}, or what precedes the first colon. */
    static String scheme(String url) {
        int first = url.indexOf(':');
        if (first < 0) {
            return url.isBlank() ? "(empty)" : "(none)";
        }
        if (url.startsWith("jdbc:")) {
            int second = url.indexOf(':', first + 1);
            return second < 0 ? url : url.substring(0, second);
        }
        return url.substring(0, first);
    }

    /** The URL without its {@code jdbc:} prefix, its parameters and any credentials. */
    static String describe(String url) {
        String text = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        int query = text.indexOf('?');
        if (query >= 0) {
            text = text.substring(0, query);
        }
        return text.replaceFirst("//[^/@]*@", "//");
    }
}
