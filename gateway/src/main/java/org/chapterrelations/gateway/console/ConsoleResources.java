package org.chapterrelations.gateway.console;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * Serves the web console (the {@code web-console} module's jar): {@code /} and {@code /index.html} are its
 * page, {@code /assets/**} its scripts, styles and icons, {@code /console-config.json} where to sign in.
 * The files keep their names from one release to the next, so each answer carries an ETag of its content
 * and {@code Cache-Control: no-cache}: the browser revalidates and gets a 304 until a new release changes it.
 * Routes are hash-based ({@code /#/bills}), so no other path needs to fall back to the page.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleResources implements WebFluxConfigurer {

    static final String CONFIG_PATH = "/console-config.json";

    private final ConsoleProperties properties;
    private final ResourceLoader resources;
    /** Files in a jar never change while it runs: each one's ETag is computed once. */
    private final Map<String, String> etags = new ConcurrentHashMap<>();

    ConsoleResources(ConsoleProperties properties, ResourceLoader resources) {
        this.properties = properties;
        this.resources = resources;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(properties.location() + "assets/")
                .setCacheControl(CacheControl.noCache())
                .setUseLastModified(false)
                .setEtagGenerator(this::etagOf);
    }

    @Bean
    RouterFunction<ServerResponse> consolePage() {
        ConsoleProperties.ConsoleConfig config = properties.browserConfig();
        return route(GET("/").or(GET("/index.html")), this::page)
                .andRoute(GET(CONFIG_PATH), request -> ServerResponse.ok().cacheControl(CacheControl.noCache())
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(config));
    }

    private Mono<ServerResponse> page(ServerRequest request) {
        Resource page = resources.getResource(properties.location() + "index.html");
        String etag = etagOf(page);
        return request.checkNotModified(etag)
                .switchIfEmpty(Mono.defer(() -> ServerResponse.ok().eTag(etag).cacheControl(CacheControl.noCache())
                        .contentType(MediaType.TEXT_HTML).bodyValue(read(page))));
    }

    private String etagOf(Resource resource) {
        if (properties.liveFiles()) {
            return contentHash(resource);
        }
        return etags.computeIfAbsent(resource.getDescription(), key -> contentHash(resource));
    }

    private static String contentHash(Resource resource) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(read(resource));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("web console file missing: " + resource.getDescription(), e);
        }
    }
}
