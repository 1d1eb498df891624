package org.chapterrelations.auth.signingkey;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.chapterrelations.auth.AuthProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces Boot's per-start random key with the persisted one. */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfig {

    @Bean
    JWKSource<SecurityContext> jwkSource(AuthProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(new SigningKeyFile(properties.keyFile()).loadOrCreate()));
    }
}
