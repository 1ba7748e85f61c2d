package org.gan4j.core.data.folder;

import java.nio.file.Path;

/**
 * One picture file found in a folder, before decoding.
 *
 * @param file the file
 * @param name its path relative to the data folder, as {@link PathText#show} writes it (the cache's file list and
 *     key, and messages)
 * @param label its class
 * @param bytes its size in bytes
 * @param modifiedNanos its last-modified time, in nanoseconds since the epoch
 */
record Picture(Path file, String name, int label, long bytes, long modifiedNanos) {
}
