package dev.standpoint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadTestTest {

    @Test
    void aShortRunAgainstTheTestServerHasNoErrors() throws Exception {
        URI base = URI.create(Fixture.shared().base);
        List<String> questions = LoadTest.generatedQuestions(base, 5, 1);
        assertThat(questions).hasSize(5);
        LoadTest.Result r = new LoadTest(new LoadTest.Settings(base, 2, Duration.ofSeconds(1), Duration.ZERO, questions))
                .run();
        assertThat(r.requests()).isPositive();
        assertThat(r.errors()).isZero();
        assertThat(r.p99Ms()).isGreaterThanOrEqualTo(r.p50Ms());
    }

    @Test
    void onlyThisMachineIsATarget() {
        for (String url : new String[] {"http://10.0.0.1:7070", "http://192.168.1.2", "http://example.org"}) {
            assertThatThrownBy(() -> new LoadTest.Settings(URI.create(url), 1, Duration.ofSeconds(1), Duration.ZERO,
                    List.of("q"))).as(url).isInstanceOf(IllegalArgumentException.class);
        }
        new LoadTest.Settings(URI.create("http://127.0.0.1:1"), 1, Duration.ofSeconds(1), Duration.ZERO, List.of("q"));
        new LoadTest.Settings(URI.create("http://localhost:1"), 1, Duration.ofSeconds(1), Duration.ZERO, List.of("q"));
    }
}
