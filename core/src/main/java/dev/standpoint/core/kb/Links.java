package dev.standpoint.core.kb;

import dev.standpoint.core.model.Dyad;
import dev.standpoint.core.model.Mention;
import java.util.List;

/** The entities one sentence names and the relationships (dyads) it speaks of. */
public record Links(List<Mention> mentions, List<Dyad> dyads) {

    public Links {
        mentions = List.copyOf(mentions);
        dyads = List.copyOf(dyads);
    }
}
