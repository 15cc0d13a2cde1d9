package dev.standpoint.core.model;

import java.util.List;

/** A question and the paragraphs that answer it, derived from paragraph roles. */
public record QaPair(int number, Paragraph question, List<Paragraph> answer) {

    public QaPair {
        if (question == null) {
            throw new IllegalArgumentException("a question/answer pair needs its question");
        }
        answer = List.copyOf(answer);
    }
}
