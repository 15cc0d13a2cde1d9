package dev.standpoint.index.answer;

/**
 * A condition an assessment depends on.
 *
 * @param text     the condition, quoted exactly ("as long as it did not sacrifice the U.S.-Japan alliance")
 * @param holder   whose assessment it qualifies
 * @param citation the citation number of its sentence
 */
public record ConditionItem(String text, String holder, int citation) {
}
