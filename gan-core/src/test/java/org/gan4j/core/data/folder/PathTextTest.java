package org.gan4j.core.data.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PathTextTest {
    @Test
    @DisplayName("printable names are shown as they are, including non-ASCII UTF-8")
    void printable() {
        assertThat(PathText.show(Path.of("/data/café/ü b.png"))).isEqualTo("/data/café/ü b.png");
        assertThat(PathText.show(Path.of("cats/a.png"))).isEqualTo("cats/a.png");
    }

    @Test
    @DisplayName("a name with a control character is shown percent-escaped; its neighbours are not")
    void controlCharacters() {
        assertThat(PathText.show(Path.of("/data/a\nb.png"))).isEqualTo("/data/a%0Ab.png");
        assertThat(PathText.show(Path.of("x y/tab\there.png"))).isEqualTo("x y/tab%09here.png");
    }
}
