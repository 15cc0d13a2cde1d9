package dev.standpoint.core.read;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * YAML front matter of a Markdown file: the lines between a first line {@code ---} and the next {@code ---} (or
 * {@code ...}) line.
 *
 * @param yaml the YAML text, or {@code null} when there is none
 * @param body the Markdown after the front matter
 */
record FrontMatter(String yaml, String body) {

    /** Splits {@code text} (line endings already {@code \n}) into front matter and body. */
    static FrontMatter split(String text) {
        if (!isDelimiter(firstLine(text), false)) {
            return new FrontMatter(null, text);
        }
        int lineStart = text.indexOf('\n') + 1;
        while (lineStart > 0 && lineStart < text.length()) {
            int next = text.indexOf('\n', lineStart);
            int lineEnd = next < 0 ? text.length() : next;
            if (isDelimiter(text.substring(lineStart, lineEnd), true)) {
                String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                return new FrontMatter(yaml, next < 0 ? "" : text.substring(next + 1));
            }
            lineStart = next + 1;
        }
        return new FrontMatter(null, text);
    }

    /**
     * The front matter's keys (lower-cased) and values as strings, lists joined with {@code ", "}, with the
     * normalised keys {@code title}, {@code author}, {@code date} and {@code source_url} added. Malformed YAML adds
     * a warning and gives no metadata.
     */
    Map<String, String> metadata(List<String> warnings) {
        Map<String, String> raw = new TreeMap<>();
        if (yaml == null || yaml.isBlank()) {
            return raw;
        }
        Object loaded;
        try {
            loaded = newYaml().load(yaml);
        } catch (YAMLException e) {
            warnings.add("malformed YAML front matter ignored (" + describe(e) + ")");
            return raw;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            warnings.add("front matter ignored: it is not a list of 'key: value' lines");
            return raw;
        }
        map.forEach((k, v) -> putValue(raw, String.valueOf(k), v));
        return normalise(raw);
    }

    private static Map<String, String> normalise(Map<String, String> raw) {
        Map<String, String> out = new TreeMap<>(raw);
        out.remove(MetadataValues.TITLE);
        out.remove(MetadataValues.AUTHOR);
        out.remove(MetadataValues.DATE);
        MetadataValues.putIfAbsent(out, MetadataValues.TITLE, raw.get("title"));
        for (String key : List.of("author", "authors", "byline")) {
            MetadataValues.putIfAbsent(out, MetadataValues.AUTHOR, raw.get(key));
        }
        for (String key : List.of("date", "published", "published_time")) {
            MetadataValues.putDate(out, key, raw.get(key));
        }
        for (String key : List.of("source_url", "url")) {
            MetadataValues.putIfAbsent(out, MetadataValues.SOURCE_URL, raw.get(key));
        }
        return out;
    }

    private static void putValue(Map<String, String> raw, String key, Object value) {
        String text = value instanceof Collection<?> c
                ? c.stream().filter(Objects::nonNull).map(String::valueOf).collect(Collectors.joining(", "))
                : value == null ? "" : String.valueOf(value);
        if (!text.isBlank()) {
            raw.put(key.trim().toLowerCase(Locale.ROOT), text.trim());
        }
    }

    private static String describe(YAMLException e) {
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            String problem = m.getProblem() == null ? "syntax error" : m.getProblem();
            return problem + " at line " + (m.getProblemMark().getLine() + 2);
        }
        return "not valid YAML";
    }

    /** A YAML loader that builds only plain maps, lists and strings: no timestamps, numbers or custom types. */
    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new StringResolver());
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static boolean isDelimiter(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || closing && trimmed.equals("...");
    }

    /** Resolves every plain scalar as a string, so that dates and numbers keep the form the author wrote. */
    private static final class StringResolver extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            return kind == NodeId.scalar ? Tag.STR : super.resolve(kind, value, implicit);
        }
    }
}
