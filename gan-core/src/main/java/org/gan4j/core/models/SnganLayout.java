package org.gan4j.core.models;

import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.tensor.Shape;

/**
 * The widths of the {@code sngan} networks for one image size, in multiples of the setting {@code ch} (as the
 * authors' code scales them). The sizes and their sources:
 * <table>
 * <caption>the layouts</caption>
 * <tr><th>images</th><th>generator: seed, then each up block</th><th>discriminator blocks (↓ halves the side)</th>
 *     <th>default ch (G, D)</th><th>source</th></tr>
 * <tr><td>32 × 32</td><td>4 × 4 × ch; ch, ch, ch</td><td>ch↓, ch↓, ch, ch</td><td>256, 128</td>
 *     <td>Miyato et al. 2018, Table 4 (CIFAR-10); gen_models/resnet_32.py, dis_models/snresnet_32.py</td></tr>
 * <tr><td>48 × 48</td><td>6 × 6 × 8ch; 4ch, 2ch, ch</td><td>ch↓, 2ch↓, 4ch↓, 8ch↓, 16ch</td><td>64, 64</td>
 *     <td>Miyato et al. 2018, the STL-10 network, as torch-mimicry's sngan_48.py builds it</td></tr>
 * <tr><td>64 × 64</td><td>4 × 4 × 16ch; 8ch, 4ch, 2ch, ch</td><td>ch↓, 2ch↓, 4ch↓, 8ch↓, 16ch↓</td><td>64, 64</td>
 *     <td>gen_models/resnet_64.py, dis_models/snresnet_64.py; torch-mimicry's sngan_64.py</td></tr>
 * </table>
 *
 * @param side the images' height and width
 * @param seedSide the side of the generator's seed; each up block doubles it
 * @param generatorWidths the seed's channels, then each up block's, in multiples of ch
 * @param discriminatorWidths each discriminator block's channels, the first the optimized block, in multiples of ch
 * @param downsampling how many discriminator blocks, from the first, halve the side
 * @param generatorCh the generator's default ch
 * @param discriminatorCh the discriminator's default ch
 */
record SnganLayout(int side, int seedSide, List<Integer> generatorWidths, List<Integer> discriminatorWidths,
        int downsampling, int generatorCh, int discriminatorCh) {
    /** The largest ch; the reference networks use 64 to 256. */
    static final int MAX_CH = 1024;

    private static final List<SnganLayout> ALL = List.of(
            new SnganLayout(32, 4, List.of(1, 1, 1, 1), List.of(1, 1, 1, 1), 2, 256, 128),
            new SnganLayout(48, 6, List.of(8, 4, 2, 1), List.of(1, 2, 4, 8, 16), 4, 64, 64),
            new SnganLayout(64, 4, List.of(16, 8, 4, 2, 1), List.of(1, 2, 4, 8, 16), 5, 64, 64));

    /**
     * @param network "generator" or "discriminator", for the message
     * @param sampleShape the data's samples
     * @return the layout for images of that size
     * @throws GanException naming the shape and the sizes that work, when there is none
     */
    static SnganLayout forImage(String network, Shape sampleShape) {
        if (sampleShape.rank() != 3) {
            throw new GanException("the sngan " + network + " works on images [h, w, c], but the data's samples are "
                    + sampleShape + "; use an image data set or the mlp " + network);
        }
        for (SnganLayout layout : ALL) {
            if (sampleShape.size(0) == layout.side && sampleShape.size(1) == layout.side) {
                return layout;
            }
        }
        throw new GanException("the sngan " + network + " is made for images of 32 × 32, 48 × 48 or 64 × 64 pixels "
                + "(the networks of Miyato et al. 2018 and their reference code), but the data's images are "
                + sampleShape + "; resize them to one of those sizes, or use the dcgan " + network
                + ", which takes any size");
    }

    /**
     * @param owner the network's settings, for the message
     * @param ch the value asked for
     * @return ch, if in [1, {@value #MAX_CH}]
     */
    static int checkedCh(String owner, int ch) {
        if (ch < 1 || ch > MAX_CH) {
            throw new InvalidHyperparameterException(owner + ": ch = " + ch + " is invalid; it must be an integer in [1, "
                    + MAX_CH + "].");
        }
        return ch;
    }

    /** @return the number of the generator's up blocks */
    int upBlocks() {
        return generatorWidths.size() - 1;
    }
}
