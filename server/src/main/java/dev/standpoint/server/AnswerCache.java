package dev.standpoint.server;

import dev.standpoint.index.answer.Answer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers to recent questions, kept until the index changes. The same question with the same filter gets the same
 * answer from the same index, so a repeated question costs a map lookup instead of two searches and a clustering.
 */
final class AnswerCache {

    private final int capacity;
    private final Map<String, Answer> answers;

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
        Answer a = compute.get();
        synchronized (answers) {
            answers.put(key, a);
        }
        return a;
    }

    void clear() {
        synchronized (answers) {
            answers.clear();
        }
    }
}
