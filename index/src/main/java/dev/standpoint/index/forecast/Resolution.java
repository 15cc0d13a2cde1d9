package dev.standpoint.index.forecast;

import java.time.Instant;

/**
 * An analyst's judgement of a forecast.
 *
 * @param forecastId the forecast it judges
 * @param outcome    how it turned out
 * @param note       why, in the analyst's words (may be empty)
 * @param at         when it was recorded
 */
public record Resolution(String forecastId, Outcome outcome, String note, Instant at) {

    public Resolution {
        if (forecastId == null || forecastId.isBlank() || outcome == null || at == null) {
            throw new IllegalArgumentException("forecastId, outcome and time are required");
        }
        note = note == null ? "" : note;
    }
}
