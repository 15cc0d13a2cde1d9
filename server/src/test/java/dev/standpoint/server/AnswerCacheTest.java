package dev.standpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.Verdict;
import dev.standpoint.core.model.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private static Answer answer(String q) {
        return new Answer(q, new dev.standpoint.index.answer.QuestionAnalysis(q, q, "", Set.of(), Set.of(), List.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), q, Set.of(), Set.of(), List.of(), ""),
                new Verdict(Polarity.NEUTRAL, List.of(), 0, 0, 0, List.of(), 0, 0, false), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void concurrentAskersOfOneQuestionShareOneComputation() throws InterruptedException {
        AnswerCache cache = new AnswerCache(10);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Answer> got = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                got.add(cache.get("q", () -> {
                    computed.incrementAndGet();
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return answer("q");
                }));
            });
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(computed.get()).isEqualTo(1);
        assertThat(got).hasSize(8).allMatch(a -> a == got.get(0));
    }

    @Test
    void aFullCacheDropsTheLeastRecentlyUsedAndZeroTurnsItOff() {
        AnswerCache cache = new AnswerCache(2);
        AtomicInteger computed = new AtomicInteger();
        for (String q : new String[] {"a", "b", "a", "c", "a", "b"}) {
            cache.get(q, () -> {
                computed.incrementAndGet();
                return answer(q);
            });
        }
        assertThat(computed.get()).isEqualTo(4);
        AnswerCache off = new AnswerCache(0);
        AtomicInteger n = new AtomicInteger();
        off.get("a", () -> answer("a" + n.incrementAndGet()));
        off.get("a", () -> answer("a" + n.incrementAndGet()));
        assertThat(n.get()).isEqualTo(2);
    }
}
