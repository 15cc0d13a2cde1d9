package dev.standpoint.index.lucene;

import dev.standpoint.index.Manifest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The manifest as Lucene commit user data, so that it is committed atomically with the index. */
final class ManifestCodec {

    private ManifestCodec() {
    }

    static Map<String, String> toCommitData(Manifest m) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("standpoint.version", m.standpointVersion());
        data.put("standpoint.analyser", m.analyser());
        data.put("standpoint.encoder", m.encoder());
        data.put("standpoint.documents", Long.toString(m.documents()));
        data.put("standpoint.sentences", Long.toString(m.sentences()));
        data.put("standpoint.committed", m.committed().toString());
        return data;
    }

    static Manifest fromCommitData(Map<String, String> data) {
        if (!data.containsKey("standpoint.version")) {
            return Manifest.EMPTY;
        }
        return new Manifest(data.get("standpoint.version"), data.getOrDefault("standpoint.analyser", ""),
                data.getOrDefault("standpoint.encoder", ""),
                Long.parseLong(data.getOrDefault("standpoint.documents", "0")),
                Long.parseLong(data.getOrDefault("standpoint.sentences", "0")),
                Instant.parse(data.getOrDefault("standpoint.committed", Instant.EPOCH.toString())));
    }
}
