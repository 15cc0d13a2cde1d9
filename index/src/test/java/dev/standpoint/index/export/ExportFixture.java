package dev.standpoint.index.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.TestViews;
import dev.standpoint.index.lucene.LuceneStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** One index of six documents and its project export, built once for the export tests. */
final class ExportFixture {

    static final Instant CREATED = Instant.parse("2025-03-01T10:15:30.123Z");

    /** Non-BMP characters before and inside assessments: emoji, a flag, a CJK Extension B ideograph, math letters. */
    static final String UNICODE = """
            Grain, Chips and the 𝔐𝔞𝔯𝔨𝔢𝔱

            By Saoirse Ndiaye-Holm

            June 1, 2024

            How do you assess the grain corridor 🌾?

            The 🌾 grain corridor is a remarkable achievement for Ukraine 🇺🇦. Tokyo's 𠮷野 export deal with Moscow \
            is a serious mistake. I am confident that grain prices will fall next year as long as the corridor 🚢 \
            stays open.

            What about the chip 𝐞𝐱𝐩𝐨𝐫𝐭 controls?

            The new 𝐞𝐱𝐩𝐨𝐫𝐭 controls on chips are a sensible and welcome step.
            """;

    record Export(StandpointHome home, List<AnalysedDocument> documents, byte[] qdpx, RefiQdaWriter.Summary summary) {
    }

    private static Export export;

    private ExportFixture() {
    }

    static synchronized Export get() {
        if (export == null) {
            export = build();
        }
        return export;
    }

    private static Export build() {
        try {
            Path tmp = Files.createTempDirectory("standpoint-export");
            StandpointHome home = new StandpointHome(tmp.resolve("home"));
            Path in = TestViews.writeForecastFixtures(TestViews.writeComparisonFixtures(tmp.resolve("in")));
            TestDocuments.write(in.resolve("unicode.txt"), UNICODE);
            assertThat(TestViews.ingest(home, in).added()).isEqualTo(6);
            List<AnalysedDocument> documents;
            try (LuceneStore store = LuceneStore.openReadOnly(home)) {
                documents = store.documents(0, 100).stream().map(DocumentSummary::id)
                        .map(id -> store.document(id).orElseThrow()).toList();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RefiQdaWriter.Summary summary = new RefiQdaWriter("Standpoint test", CREATED)
                    .writeProject("Black Sea views", documents, out);
            return new Export(home, documents, out.toByteArray(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
