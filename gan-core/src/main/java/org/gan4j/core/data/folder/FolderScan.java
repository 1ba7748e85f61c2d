package org.gan4j.core.data.folder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.gan4j.core.data.DataFormatException;
import org.gan4j.core.data.DataNotFoundException;

/**
 * Finds a data folder's pictures without opening them: a folder with subfolders has one class per subfolder (its
 * pictures found at any depth); a folder without has one class, named after the folder. Pictures are files whose
 * names end in one of {@link #PICTURE_EXTENSIONS}; other files and names starting with {@code .} (hidden, such as
 * {@code .DS_Store} or macOS's {@code ._photo.jpg}) are ignored and counted in one note. Symbolic links are followed,
 * except a link to the data folder or a folder above it, and a loop (both skipped with a warning, so a walk always
 * ends); a FIFO, socket or device is skipped without being opened (reading a FIFO would wait for ever).
 */
final class FolderScan {
    /** The endings of pictures' file names, compared without case. */
    static final List<String> PICTURE_EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff");
    /** How many names a note lists before "and N more". */
    static final int NAMED = 5;
    private static final String PICTURES = "files ending in " + String.join(", ", PICTURE_EXTENSIONS);

    private final Path folder;
    private final FolderReadListener listener;
    private final NameList ignored = new NameList();
    /** Skips found by a walk, reported when it ends in path order (a walk's order is the file system's). */
    private final SortedMap<String, Skip> walkSkips = new TreeMap<>();

    private record Skip(Path path, String reason) {
    }

    private FolderScan(Path folder, FolderReadListener listener) {
        this.folder = folder;
        this.listener = listener;
    }

    /**
     * @param folder the data folder
     * @param listener told of what is skipped or ignored
     * @return its pictures, by class
     * @throws DataNotFoundException when the folder does not exist or holds no pictures
     * @throws DataFormatException when it is a file, or a class folder holds no pictures
     */
    static FolderLayout scan(Path folder, FolderReadListener listener) {
        if (!Files.exists(folder)) {
            throw new DataNotFoundException(folder, "*" + PICTURE_EXTENSIONS.get(0), "image folder "
                    + PathText.show(folder) + " does not exist; give a folder of pictures (one subfolder per class, or"
                    + " the pictures themselves).");
        }
        if (!Files.isDirectory(folder)) {
            throw new DataFormatException(PathText.show(folder) + " is a file, not a folder of pictures; give the"
                    + " folder that holds the pictures (one subfolder per class, or the pictures themselves).");
        }
        try {
            return new FolderScan(folder.toRealPath(), listener).layout();
        } catch (IOException e) {
            throw new DataFormatException("image folder " + PathText.show(folder) + " cannot be read: "
                    + IoText.reason(e) + "; check that it is readable.");
        }
    }

    private FolderLayout layout() throws IOException {
        List<Path> entries = sorted(folder);
        List<Path> classFolders = new ArrayList<>();
        for (Path entry : entries) {
            if (!hidden(entry) && Files.isDirectory(entry) && !leadsToFolder(entry)) {
                classFolders.add(entry);
            }
        }
        List<Picture> pictures = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        if (classFolders.isEmpty()) {
            classNames.add(PathText.show(folder.getFileName() == null ? folder : folder.getFileName()));
            walk(folder, 0, pictures);
        } else {
            reportTopLevel(entries, classFolders);
            for (Path classFolder : classFolders) {
                int before = pictures.size();
                classNames.add(PathText.show(classFolder.getFileName()));
                walk(classFolder, classNames.size() - 1, pictures);
                if (pictures.size() == before) {
                    throw emptyClass(classFolder);
                }
            }
        }
        noteIgnored();
        if (pictures.isEmpty()) {
            throw new DataNotFoundException(folder, "*" + PICTURE_EXTENSIONS.get(0), "image folder "
                    + PathText.show(folder) + " holds no pictures (" + PICTURES + ")" + (ignored.count() == 0 ? ""
                    : "; it holds " + ignored.count() + " other files: " + ignored.text()) + "; give a folder"
                    + " of pictures, flat or with one subfolder per class.");
        }
        return new FolderLayout(folder, classNames, pictures);
    }

    private void reportTopLevel(List<Path> entries, List<Path> classFolders) throws IOException {
        NameList loose = new NameList();
        for (Path entry : entries) {
            if (classFolders.contains(entry)) {
                continue;
            }
            if (hidden(entry) || !Files.isDirectory(entry) && !picture(entry)) {
                ignored.add(PathText.show(entry.getFileName()) + (Files.isDirectory(entry) ? "/" : ""));
            } else if (Files.isDirectory(entry)) {
                listener.skipped(entry, loopReason(entry));
            } else {
                loose.add(PathText.show(entry.getFileName()));
            }
        }
        if (loose.count() > 0) {
            listener.note("left out " + NameList.count(loose.count(), "picture") + " at the top of "
                    + PathText.show(folder) + ", outside its " + NameList.count(classFolders.size(), "class folder")
                    + ": " + loose.text() + "; move pictures into a class folder to use them.");
        }
    }

    private void walk(Path start, int label, List<Picture> into) throws IOException {
        List<Picture> found = new ArrayList<>();
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new PictureVisitor(this, start, label, found));
        walkSkips.values().forEach(skip -> listener.skipped(skip.path(), skip.reason()));
        walkSkips.clear();
        found.sort(Comparator.comparing((Picture p) -> folder.relativize(p.file()).toString())
                .thenComparing(Picture::file));
        into.addAll(found);
    }

    Picture picture(Path file, int label, long bytes, FileTime modified) {
        return new Picture(file, PathText.show(folder.relativize(file)), label, bytes,
                modified.to(TimeUnit.NANOSECONDS));
    }

    void ignore(Path path, boolean isFolder) {
        ignored.add(PathText.show(folder.relativize(path)) + (isFolder ? "/" : ""));
    }

    void skip(Path path, String reason) {
        walkSkips.put(folder.relativize(path).toString() + "\u0000" + PathText.show(path), new Skip(path, reason));
    }

    /** @return whether {@code directory} is a link to the data folder or a folder above it */
    boolean leadsToFolder(Path directory) throws IOException {
        return Files.isSymbolicLink(directory) && folder.startsWith(directory.toRealPath());
    }

    String loopReason(Path directory) throws IOException {
        return "a symbolic link to " + PathText.show(directory.toRealPath()) + ", which is the data folder or holds"
                + " it; it is not followed (that would read the folder again, without end)";
    }

    static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    static boolean picture(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return PICTURE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private void noteIgnored() {
        if (ignored.count() > 0) {
            listener.note("ignored " + ignored.count() + (ignored.count() == 1 ? " file or folder" : " files and"
                    + " folders") + " of " + PathText.show(folder) + " that are not pictures (pictures are " + PICTURES
                    + "; names starting with '.' are hidden): " + ignored.text() + ".");
        }
    }

    private DataFormatException emptyClass(Path classFolder) {
        return new DataFormatException("class folder " + PathText.show(classFolder) + " holds no pictures (" + PICTURES
                + "); add pictures to it or remove it (each subfolder of " + PathText.show(folder)
                + " is one class).");
    }

    private static List<Path> sorted(Path directory) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        }
        entries.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(p -> p));
        return entries;
    }
}
