package org.chapterrelations.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.chapterrelations.gateway.FakeTime;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {

    private final FakeTime time = new FakeTime(Instant.parse("2026-11-29T10:00:00Z"));
    private final CountingDecoder validator = new CountingDecoder();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(validator, 100, Duration.ofMinutes(5), time, time);

    @Test
    void aTokenSeenAgainIsNotValidatedAgain() {
        validator.accept("token-a", time.instant().plus(Duration.ofHours(1)));

        Jwt first = cache.decode("token-a").block();
        Jwt second = cache.decode("token-a").block();

        assertThat(second).isSameAs(first);
        assertThat(validator.calls("token-a")).isEqualTo(1);
    }

    @Test
    void aTokenPastItsExpiryIsValidatedAgainAndThenRefused() {
        validator.accept("token-a", time.instant().plus(Duration.ofMinutes(2)));
        cache.decode("token-a").block();

        time.advance(Duration.ofMinutes(2).plusSeconds(1));
        validator.refuse("token-a");

        assertThatThrownBy(() -> cache.decode("token-a").block()).isInstanceOf(BadJwtException.class);
        assertThat(validator.calls("token-a")).isEqualTo(2);
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterTheMaximumAge() {
        validator.accept("token-a", time.instant().plus(Duration.ofHours(8)));
        cache.decode("token-a").block();

        time.advance(Duration.ofMinutes(4));
        cache.decode("token-a").block();
        assertThat(validator.calls("token-a")).isEqualTo(1);

        time.advance(Duration.ofMinutes(2));
        cache.decode("token-a").block();
        assertThat(validator.calls("token-a")).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        validator.refuse("forged");

        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(validator.calls("forged")).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void eachTokenIsRememberedOnItsOwn() {
        validator.accept("token-a", time.instant().plus(Duration.ofHours(1)));
        validator.accept("token-b", time.instant().plus(Duration.ofHours(1)));

        assertThat(cache.decode("token-a").block().getSubject()).isEqualTo("subject-of-token-a");
        assertThat(cache.decode("token-b").block().getSubject()).isEqualTo("subject-of-token-b");
        assertThat(cache.decode("token-a").block().getSubject()).isEqualTo("subject-of-token-a");
        assertThat(validator.calls("token-a")).isEqualTo(1);
        assertThat(validator.calls("token-b")).isEqualTo(1);
    }

    /** Plays the signature-checking decoder: knows which tokens are good until when, counts its calls. */
    private static final class CountingDecoder implements ReactiveJwtDecoder {

        private final Map<String, Instant> good = new HashMap<>();
        private final Map<String, Integer> calls = new HashMap<>();

        void accept(String token, Instant expiresAt) {
            good.put(token, expiresAt);
        }

        void refuse(String token) {
            good.remove(token);
        }

        int calls(String token) {
            return calls.getOrDefault(token, 0);
        }

        @Override
        public Mono<Jwt> decode(String token) {
            calls.merge(token, 1, Integer::sum);
            Instant expiresAt = good.get(token);
            if (expiresAt == null) {
                return Mono.error(new BadJwtException("refused: " + token));
            }
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("subject-of-" + token)
                    .issuedAt(expiresAt.minus(Duration.ofHours(9))).expiresAt(expiresAt).build());
        }
    }
}
