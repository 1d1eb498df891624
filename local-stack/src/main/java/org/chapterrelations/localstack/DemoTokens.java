package org.chapterrelations.localstack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Gets a user's access token from the local auth server the way a browser would: log in, then the
 * authorization-code flow with PKCE for the public {@code platform-cli} client (OAuth 2.1 has no password grant).
 */
public final class DemoTokens {

    public static final String CLIENT_ID = "platform-cli";
    public static final String REDIRECT_URI = "http://localhost:8080/auth/callback";
    /** The seeded demo users and their passwords. */
    public static final Map<String, String> DEMO_PASSWORDS = Map.of(
            "staff", "staff-demo", "officer-ca", "officer-demo", "admin", "admin-demo");

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String authUrl;

    public DemoTokens(String authUrl) {
        this.authUrl = authUrl;
    }

    /** A token for one of the demo users. */
    public String accessToken(String username) {
        String password = DEMO_PASSWORDS.get(username);
        if (password == null) {
            throw new IllegalArgumentException("no demo user " + username + "; known: " + DEMO_PASSWORDS.keySet());
        }
        return accessToken(username, password);
    }

    public String accessToken(String username, String password) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        try {
            logIn(http, username, password);
            String verifier = randomUrlSafe(32);
            String code = authorize(http, challengeOf(verifier));
            return exchange(http, code, verifier);
        } catch (IOException e) {
            throw new IllegalStateException("auth server at " + authUrl + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void logIn(HttpClient http, String username, String password) throws IOException, InterruptedException {
        String page = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no _csrf field on " + authUrl + "/login");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        HttpResponse<String> login = http.send(post("/login",
                form(Map.of("username", username, "password", password, "_csrf", token))),
                HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + username + " refused (" + login.statusCode() + " " + location + ")");
        }
    }

    private String authorize(HttpClient http, String challenge) throws IOException, InterruptedException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", CLIENT_ID);
        query.put("redirect_uri", REDIRECT_URI);
        query.put("scope", "openid");
        query.put("code_challenge", challenge);
        query.put("code_challenge_method", "S256");
        query.put("state", randomUrlSafe(16));
        HttpResponse<Void> response = http.send(get("/oauth2/authorize?" + form(query)),
                HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (!location.startsWith(REDIRECT_URI) || !code.find()) {
            throw new IllegalStateException("authorize gave no code (" + response.statusCode() + " " + location + ")");
        }
        return URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }

    private String exchange(HttpClient http, String code, String verifier) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("client_id", CLIENT_ID);
        body.put("code", code);
        body.put("redirect_uri", REDIRECT_URI);
        body.put("code_verifier", verifier);
        HttpResponse<String> response = http.send(post("/oauth2/token", form(body)), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode json = new ObjectMapper().readTree(response.body());
        return json.path("access_token").asString();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(authUrl + path)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    private HttpRequest post(String path, String formBody) {
        return HttpRequest.newBuilder(URI.create(authUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
