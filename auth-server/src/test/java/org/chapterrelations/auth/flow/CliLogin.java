package org.chapterrelations.auth.flow;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Drives the authorization-code + PKCE flow over real HTTP, as the platform CLI does:
 * login form, authorize redirect, token exchange. One instance is one browser-like session.
 */
final class CliLogin {

    static final String CLIENT_ID = "platform-cli";
    static final String REDIRECT_URI = "http://localhost:8080/auth/callback";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static final Pattern CODE_PARAM = Pattern.compile("[?&]code=([^&]+)");

    private final String baseUrl;
    private final String clientId;
    private final String redirectUri;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String codeVerifier = randomUrlSafe(48);

    CliLogin(int port) {
        this(port, CLIENT_ID, REDIRECT_URI);
    }

    /** The same flow as another public client (the web console). */
    CliLogin(int port, String clientId, String redirectUri) {
        this.baseUrl = "http://localhost:" + port;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    /** Signs in and asks for a code; empty when the authorization server hands out none. */
    Optional<String> authorizationCode(String username, String password) throws Exception {
        signIn(username, password);
        return authorizeRedirect(Map.of()).flatMap(this::codeIn);
    }

    /** Fills in the login form; the session cookie stays in this instance. */
    void signIn(String username, String password) throws Exception {
        String loginPage = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
        Matcher csrf = CSRF_FIELD.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("No _csrf field on the login page");
        }
        send(post("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1))));
    }

    /** Where the authorize endpoint redirects this session (code + PKCE, with any extra parameters such as prompt). */
    Optional<String> authorizeRedirect(Map<String, String> extra) throws Exception {
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", clientId);
        authorize.put("redirect_uri", redirectUri);
        authorize.put("scope", "openid profile");
        authorize.put("code_challenge", s256(codeVerifier));
        authorize.put("code_challenge_method", "S256");
        authorize.put("state", "x");
        authorize.putAll(extra);
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(uri("/oauth2/authorize?" + form(authorize))).GET().header("Accept", "text/html"));
        return redirect.headers().firstValue("Location");
    }

    /** The code in a redirect to this client, if it carries one. */
    Optional<String> codeIn(String location) {
        Matcher matcher = CODE_PARAM.matcher(location);
        return location.startsWith(redirectUri) && matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The token endpoint's JSON answer for a code obtained by this session. */
    Map<String, Object> exchange(String code) throws Exception {
        HttpResponse<String> response = send(post("/oauth2/token", Map.of(
                "grant_type", "authorization_code",
                "client_id", clientId,
                "code", code,
                "redirect_uri", redirectUri,
                "code_verifier", codeVerifier)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return JSONObjectUtils.parse(response.body());
    }

    Map<String, Object> tokensFor(String username, String password) throws Exception {
        String code = authorizationCode(username, password)
                .orElseThrow(() -> new IllegalStateException("No authorization code for " + username));
        return exchange(code);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder post(String path, Map<String, String> fields) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String s256(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
