package dev.standpoint.server;

import dev.standpoint.index.answer.Answer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers to recent questions, kept until the index changes. The same question with the same filter gets the same
 * answer from the same index, so a repeated question costs a map lookup instead of two searches and a clustering.
 * Clients asking a question that is being answered wait for that one computation instead of starting their own.
 */
final class AnswerCache {

    private final int capacity;
    private final Map<String, Answer> answers;
    private final ConcurrentHashMap<String, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();

    AnswerCache(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    /** The cached answer for {@code key}, else {@code compute}'s, computed once however many ask at the same time. */
    Answer get(String key, Supplier<Answer> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        synchronized (answers) {
            Answer a = answers.get(key);
            if (a != null) {
                return a;
            }
        }
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            Answer a = compute.get();
            synchronized (answers) {
                answers.put(key, a);
            }
            mine.complete(a);
            return a;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static Answer await(CompletableFuture<Answer> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    void clear() {
        synchronized (answers) {
            answers.clear();
        }
    }
}
