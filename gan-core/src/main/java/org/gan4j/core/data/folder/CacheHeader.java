package org.gan4j.core.data.folder;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A cache entry's {@code header.properties}: what the other files hold, read back as data.
 *
 * <pre>
 * format=gan4j-image-cache
 * format.version=1
 * folder=/home/me/emoji          the data folder, as messages show it
 * size=32
 * channels=3
 * images=3786                    pixels.u8 holds images · size · size · channels bytes, labels.i32 4 · images
 * skipped=0                      lines of skipped.txt
 * classes=9
 * class.0=Activities
 * </pre>
 *
 * @param folder the data folder
 * @param size the images' side
 * @param channels 1 or 3
 * @param images how many images
 * @param skipped how many pictures were skipped
 * @param classNames the classes, by label
 */
record CacheHeader(String folder, int size, int channels, int images, int skipped, List<String> classNames) {
    private static final String FORMAT = "gan4j-image-cache";

    CacheHeader {
        classNames = List.copyOf(classNames);
    }

    /** @return the header's text */
    String toText() {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("format.version", Integer.toString(ImageCache.FORMAT_VERSION));
        properties.setProperty("folder", folder);
        properties.setProperty("size", Integer.toString(size));
        properties.setProperty("channels", Integer.toString(channels));
        properties.setProperty("images", Integer.toString(images));
        properties.setProperty("skipped", Integer.toString(skipped));
        properties.setProperty("classes", Integer.toString(classNames.size()));
        for (int i = 0; i < classNames.size(); i++) {
            properties.setProperty("class." + i, classNames.get(i));
        }
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "gan4j image cache entry: plain data, read with java.util.Properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * @param text a header's text
     * @return the header
     * @throws IllegalArgumentException when a key is missing or has a wrong value, naming it
     */
    static CacheHeader parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("its header is not a properties file: " + e.getMessage());
        }
        if (!FORMAT.equals(properties.getProperty("format"))
                || number(properties, "format.version") != ImageCache.FORMAT_VERSION) {
            throw new IllegalArgumentException("its header is not of format " + FORMAT + " version "
                    + ImageCache.FORMAT_VERSION);
        }
        List<String> classNames = new ArrayList<>();
        for (int i = 0; i < number(properties, "classes"); i++) {
            classNames.add(required(properties, "class." + i));
        }
        return new CacheHeader(required(properties, "folder"), number(properties, "size"),
                number(properties, "channels"), number(properties, "images"), number(properties, "skipped"),
                classNames);
    }

    private static int number(Properties properties, String key) {
        String value = required(properties, key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("its header's " + key + " = " + value + " is not a number");
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("its header has no " + key);
        }
        return value;
    }
}
