package org.gan4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Everything the code and the documentation cite is in the repository: no file refers to notes a user's clone does
 * not have, and every {@code docs/*.md} link, with its {@code #anchor}, leads somewhere. The files are those git
 * tracks (or, without git, the tree minus build output); {@code docs/studies/} holds recorded study output and is
 * left as it was written.
 */
class RepositoryReferencesTest {
    /** Names of notes that live outside the repository; split so that this file does not match itself. */
    private static final Pattern OUTSIDE = Pattern.compile(
            "shared" + "/|\\b(?:ALGORITHMS|TFJAVA|ARCHITECTURE|LIBRARIES|STYLE)\\.md\\b");
    /** A Markdown file under docs, by its path from the repository root, with an optional anchor, in any file. */
    private static final Pattern DOCS_REFERENCE = Pattern.compile("(?<![\\w/.-])docs/([\\w./-]+?\\.md)(?:#([\\w-]+))?");
    /** A Markdown link's target. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Set<String> BUILD_FOLDERS = Set.of("target", ".git", "runs", "out", ".idea", "node_modules");

    private static Path root;
    private static Map<String, String> texts;

    @BeforeAll
    static void readRepository() throws IOException, InterruptedException {
        root = repositoryRoot();
        texts = new LinkedHashMap<>();
        for (String file : trackedFiles(root)) {
            text(root.resolve(file)).ifPresent(text -> texts.put(file, text));
        }
    }

    @Test
    @DisplayName("the scan sees the repository: README.md, the docs and this module's sources are among its text files")
    void scanSeesTheRepository() {
        assertThat(texts).containsKeys("README.md", "docs/algorithms.md", "docs/tensorflow-backend.md",
                "gan-examples/src/test/java/org/gan4j/examples/docs/RepositoryReferencesTest.java");
    }

    @Test
    @DisplayName("no file outside docs/studies refers to notes kept outside the repository (the shared folder; ALGORITHMS, "
            + "TFJAVA, ARCHITECTURE, LIBRARIES or STYLE as .md)")
    void nothingRefersOutside() {
        List<String> found = new ArrayList<>();
        texts.forEach((file, text) -> {
            if (!file.startsWith("docs/studies/")) {
                found.addAll(matchingLines(file, text, OUTSIDE));
            }
        });
        assertThat(found).as("references to notes outside the repository; point them at docs/algorithms.md or "
                + "docs/tensorflow-backend.md (with a #section), or at README.md").isEmpty();
        String note = "TF" + "JAVA.md";
        assertThat(matchingLines("Example.java", "x\n * see shared" + "/" + note + " §7\n", OUTSIDE))
                .containsExactly("Example.java:2: * see shared" + "/" + note + " §7");
        assertThat(matchingLines("Example.java", "(" + note + " §4)", OUTSIDE)).hasSize(1);
        assertThat(matchingLines("Example.java", "docs/tensorflow-backend.md#fused-adam", OUTSIDE)).isEmpty();
    }

    @Test
    @DisplayName("every docs/*.md reference in any file, and every relative link in README.md and docs, leads to a file and section that exist")
    void referencesResolve() {
        Set<String> broken = new java.util.LinkedHashSet<>();
        texts.forEach((file, text) -> {
            Matcher m = DOCS_REFERENCE.matcher(text);
            while (m.find()) {
                check(file, "docs/" + m.group(1), m.group(2)).ifPresent(broken::add);
            }
            if (file.endsWith(".md") && (file.startsWith("docs/") && !file.startsWith("docs/studies/") || !file.contains("/"))) {
                Matcher link = MARKDOWN_LINK.matcher(text);
                while (link.find()) {
                    String target = link.group(1);
                    if (target.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    int hash = target.indexOf('#');
                    String path = hash < 0 ? target : target.substring(0, hash);
                    String anchor = hash < 0 ? null : target.substring(hash + 1);
                    String resolved = path.isEmpty() ? file
                            : root.relativize(root.resolve(file).getParent().resolve(path).normalize()).toString();
                    check(file, resolved, anchor).ifPresent(broken::add);
                }
            }
        });
        assertThat(broken).as("broken references: fix the path or the #section (a heading's GitHub anchor)").isEmpty();
    }

    @Test
    @DisplayName("anchors are GitHub's: headings lower-cased, punctuation dropped, spaces as hyphens, repeats numbered")
    void anchorsAsGitHubMakesThem() {
        assertThat(anchors("# The TensorFlow backend\n## Fused Adam\n```\n# not a heading\n```\n## Second-order gradients\n"
                + "### ACGD (`acgd`)\n## Fused Adam\n<a id=\"kept\"></a>\n"))
                .containsExactlyInAnyOrder("the-tensorflow-backend", "fused-adam", "second-order-gradients", "acgd-acgd",
                        "fused-adam-1", "kept");
    }

    /** @return why the reference is broken, or empty when it resolves */
    private static Optional<String> check(String from, String target, String anchor) {
        Path path = root.resolve(target);
        if (!Files.exists(path)) {
            return Optional.of(from + " → " + target + ": no such file");
        }
        if (anchor == null || anchor.isEmpty() || !target.endsWith(".md")) {
            return Optional.empty();
        }
        String text = texts.get(target);
        if (text == null || !anchors(text).contains(anchor)) {
            return Optional.of(from + " → " + target + "#" + anchor + ": no such section");
        }
        return Optional.empty();
    }

    /** @return the anchors GitHub gives a Markdown text's headings, and its explicit {@code <a id>}s */
    static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!fenced && heading.matches()) {
                String slug = heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-');
                String unique = slug;
                for (int n = 1; anchors.contains(unique); n++) {
                    unique = slug + "-" + n;
                }
                anchors.add(unique);
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
        }
        return anchors;
    }

    private static List<String> matchingLines(String file, String text, Pattern pattern) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (pattern.matcher(lines[i]).find()) {
                found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
            }
        }
        return found;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("gan-api")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no gan4j checkout above " + Path.of("").toAbsolutePath());
    }

    /** @return the files git tracks, relative to the root; without git, every file outside build output */
    private static List<String> trackedFiles(Path root) throws IOException, InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0 && out.length > 0) {
                return Stream.of(new String(out, StandardCharsets.UTF_8).split("\0")).filter(s -> !s.isEmpty()).toList();
            }
        } catch (IOException e) {
            // no git on this machine: walk the tree instead
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> root.relativize(p).getNameCount() > 0
                            && Stream.iterate(root.relativize(p), q -> q != null, Path::getParent)
                                    .noneMatch(q -> BUILD_FOLDERS.contains(q.getFileName().toString())))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** @return the file's text, or empty for a binary file (a NUL byte, or not UTF-8) or one deleted but tracked */
    private static Optional<String> text(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
