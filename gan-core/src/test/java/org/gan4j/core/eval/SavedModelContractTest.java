package org.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gan4j.api.GanException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@value SavedModelContract#FILE}: its defaults, and a message naming the file, the key and the remedy for each fault. */
class SavedModelContractTest {
    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void savedModel() throws IOException {
        Files.write(dir.resolve("saved_model.pb"), new byte[0]);
        file = dir.resolve(SavedModelContract.FILE);
    }

    private SavedModelContract read(String text) throws IOException {
        Files.writeString(file, text);
        return SavedModelContract.read(dir);
    }

    @Test
    @DisplayName("the required keys, with signature serving_default, no logits and batch 100 by default")
    void defaults() throws IOException {
        SavedModelContract c = read("input=images\noutput=pool\nheight=299\nwidth=299\nchannels=3\nrange=-1..1\n");
        assertThat(c).isEqualTo(new SavedModelContract(dir, "serving_default", "images", "pool", null, 299, 299, 3,
                InputRange.MINUS_ONE_TO_ONE, 100));
        assertThat(read("signature=f\ninput=x\noutput=y\nlogits=z\nheight=8\nwidth=6\nchannels=1\nrange=0..255\nbatch=7\n"))
                .isEqualTo(new SavedModelContract(dir, "f", "x", "y", "z", 8, 6, 1, InputRange.ZERO_TO_255, 7));
    }

    @Test
    @DisplayName("the three ranges map gan4j's −1, 0 and 1 to their ends and middle")
    void ranges() {
        assertThat(new float[] {InputRange.ZERO_TO_ONE.fromSigned(-1), InputRange.ZERO_TO_ONE.fromSigned(0),
            InputRange.ZERO_TO_ONE.fromSigned(1)}).containsExactly(0, 0.5f, 1);
        assertThat(new float[] {InputRange.ZERO_TO_255.fromSigned(-1), InputRange.ZERO_TO_255.fromSigned(1)})
                .containsExactly(0, 255);
        assertThat(InputRange.MINUS_ONE_TO_ONE.fromSigned(-0.25f)).isEqualTo(-0.25f);
    }

    @Test
    @DisplayName("a missing folder, SavedModel or file, unknown and missing keys, and invalid values are refused with the remedy")
    void refusals() throws IOException {
        String valid = "input=images\noutput=pool\nheight=299\nwidth=299\nchannels=3\nrange=-1..1\n";
        assertThatThrownBy(() -> SavedModelContract.read(dir.resolve("none"))).isInstanceOf(GanException.class)
                .hasMessage(dir.resolve("none") + " is not a folder; give the folder of a TensorFlow SavedModel (the one "
                        + "holding saved_model.pb) with a gan4j-features.properties beside it");
        assertThatThrownBy(() -> SavedModelContract.read(dir)).hasMessage(dir + " holds no gan4j-features.properties; "
                + "write one beside saved_model.pb with the keys signature, input, output, logits, height, width, "
                + "channels, range, batch (docs/images.md explains them)");
        assertThatThrownBy(() -> read(valid + "ouptut=pool\n")).hasMessage(file + " has unknown keys [ouptut]; the "
                + "keys are [signature, input, output, logits, height, width, channels, range, batch]");
        assertThatThrownBy(() -> read(valid.replace("output=pool\n", ""))).hasMessage(file + " does not state output; "
                + "add output=… (the name of the signature's feature output [n, d])");
        assertThatThrownBy(() -> read(valid.replace("-1..1", "0..100"))).hasMessage(file + ": range = 0..100 is "
                + "invalid; it must be one of [-1..1, 0..1, 0..255]: the values the network takes");
        assertThatThrownBy(() -> read(valid.replace("channels=3", "channels=4"))).hasMessage(file + ": channels = 4 "
                + "is invalid; it must be 1 (grey) or 3 (RGB): the channels of the images it takes");
        assertThatThrownBy(() -> read(valid.replace("height=299", "height=big"))).hasMessage(file + ": height = big is "
                + "invalid; it must be a whole number from 1 to 4096: the height of the images it takes, such as 299");
        assertThatThrownBy(() -> read(valid + "batch=0\n")).hasMessageContaining("batch = 0 is invalid; it must be a "
                + "whole number from 1 to 10000");
        Files.delete(dir.resolve("saved_model.pb"));
        assertThatThrownBy(() -> read(valid)).hasMessage(dir + " holds no saved_model.pb; give the folder of a "
                + "TensorFlow SavedModel");
    }
}
