package dev.followthrough;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A PostgreSQL address as JDBC wants it, read from either {@code jdbc:postgresql://…} or the
 * {@code postgres://user:password@host:port/db} form that hosting platforms hand out.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

    private static final String MASK = "***";

    public static Optional<DatabaseUrl> parse(String text) {
        if (text.startsWith("jdbc:postgresql://")) {
            return Optional.of(new DatabaseUrl(text, Optional.empty(), Optional.empty()));
        }
        if (!text.startsWith("postgres://") && !text.startsWith("postgresql://")) {
            return Optional.empty();
        }
        try {
            var uri = URI.create(text);
            var path = uri.getRawPath();
            if (uri.getHost() == null || path == null || path.length() < 2) {
                return Optional.empty();
            }
            var port = uri.getPort() == -1 ? 5432 : uri.getPort();
            var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            var jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + port + path + query;
            Optional<String> user = Optional.empty();
            Optional<String> password = Optional.empty();
            var userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                var colon = userInfo.indexOf(':');
                user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
            }
            return Optional.of(new DatabaseUrl(jdbcUrl, user, password));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The address for logs: every password in it (a {@code password=} parameter, {@code user:password@}) masked. */
    public String redacted() {
        return jdbcUrl.replaceAll("(?i)([?&;][^=&;]*password=)[^&;]*", "$1" + MASK)
                .replaceAll("(//[^/@:?]*):[^/@?]*@", "$1:" + MASK + "@");
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + redacted() + ", user=" + user.orElse("(none)") + ", password="
                + password.map(secret -> MASK).orElse("(none)") + "]";
    }
}
