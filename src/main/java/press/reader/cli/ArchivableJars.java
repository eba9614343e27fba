package press.reader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import press.reader.memo.Fingerprint;

/**
 * A class path as Java 17's class-data archive takes it: jars only, none signed. The JVM refuses to make an archive
 * while a non-empty folder is on the class path (Maven's target/classes), and leaves out every class of a signed jar
 * (Saxon-HE's: a third of a build's classes; the lambdas of its classes then crash the archive's writing in this
 * Java, {@code SystemDictionaryShared::adjust_lambda_proxy_class_dictionary}). So a folder becomes a jar of its
 * files, and a signed jar a copy without its signature files, as the shaded jar of {@code mvn package} has them.
 * Entries are stored, not compressed: written in a few tenths of a second, read as fast as the originals.
 */
final class ArchivableJars {
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    private ArchivableJars() {
    }

    /**
     * A digest of everything the class path is made of: each folder's files (name, size, modification time: what
     * changes when Maven compiles or copies one) and each jar's path, size and time.
     */
    static String fingerprint(List<Path> classPath, String java) throws IOException {
        List<Object> lines = new ArrayList<>();
        lines.add(java);
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                lines.add("folder\t" + entry.toAbsolutePath());
                try (Stream<Path> all = Files.walk(entry)) {
                    for (Path f : all.filter(Files::isRegularFile).sorted().toList()) lines.add(stamp(entry.relativize(f), f));
                }
            } else if (Files.isRegularFile(entry)) {
                lines.add(stamp(entry.toAbsolutePath(), entry));
            }
        }
        return Fingerprint.of(lines.toArray()).substring(0, 16);
    }

    /** The class path made archivable in {@code into} (the folders' jars and the unsigned copies written there). */
    static List<Path> prepare(List<Path> classPath, Path into) throws IOException {
        Files.createDirectories(into);
        List<Path> jars = new ArrayList<>();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                jars.add(write(into.resolve("classes-" + (jars.size() + 1) + ".jar"), zip -> storeFolder(zip, entry)));
            } else if (Files.isRegularFile(entry)) {
                jars.add(isSigned(entry) ? write(into.resolve(entry.getFileName()), zip -> storeUnsigned(zip, entry)) : entry);
            }
        }
        return jars;
    }

    static boolean isSigned(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> SIGNATURE.matcher(e.getName()).matches());
        } catch (ZipException notAJar) {
            return false;
        }
    }

    private interface Contents {
        void writeTo(ZipOutputStream zip) throws IOException;
    }

    /** Written under a name of its own and renamed: a build started at the same moment never reads half a jar. */
    private static Path write(Path jar, Contents contents) throws IOException {
        Path partial = jar.resolveSibling(jar.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        try {
            try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
                contents.writeTo(zip);
            }
            Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return jar;
    }

    private static void storeFolder(ZipOutputStream zip, Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                store(zip, folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
    }

    private static void storeUnsigned(ZipOutputStream zip, Path jar) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile())) {
            for (ZipEntry e : in.stream().toList()) {
                if (e.isDirectory() || SIGNATURE.matcher(e.getName()).matches()) continue;
                try (InputStream bytes = in.getInputStream(e)) {
                    store(zip, e.getName(), bytes.readAllBytes());
                }
            }
        }
    }

    private static void store(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String stamp(Path name, Path file) throws IOException {
        return name + "\t" + Files.size(file) + "\t" + Files.getLastModifiedTime(file).toMillis();
    }
}
