package org.gan4j.core.data.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gan4j.api.GanException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImageModeTest {
    @Test
    @DisplayName("sizes 4 … 1024 and channels 1 or 3 are valid; the shape is [size, size, channels]")
    void valid() {
        assertThat(new ImageMode(4, 1).imageShape().dims()).containsExactly(4, 4, 1);
        assertThat(new ImageMode(1024, 3).bytesPerImage()).isEqualTo(3 * 1024 * 1024);
        assertThat(new ImageMode(32, 3).describe()).isEqualTo("32 × 32 RGB");
    }

    @Test
    @DisplayName("other sizes and channels are refused naming the value and the range")
    void invalid() {
        assertThatThrownBy(() -> new ImageMode(3, 3)).isInstanceOf(GanException.class)
                .hasMessage("image size 3 is invalid; it must be an integer in [4, 1024] (the side of the square"
                        + " images, in pixels).");
        assertThatThrownBy(() -> new ImageMode(2048, 3)).hasMessageStartingWith("image size 2048 is invalid");
        assertThatThrownBy(() -> new ImageMode(32, 4)).hasMessage("channels = 4 is invalid; it must be 1 (grey) or 3"
                + " (RGB).");
    }
}
