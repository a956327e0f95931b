package id.yomu.it.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Releases built from the real EAR of this build, changed the way a faulty release could be. */
final class Releases {

    static final Path BUILT = Path.of(System.getProperty("yomu.root", ".."), "yomu-ear/target/yomu.ear");
    private static final Path TEST_CLASSES = Path.of("target/test-classes");
    private static final String CORE_CHANGELOG = "db/changelog/core/changelog.xml";

    private Releases() {
    }

    /** The real EAR plus test-only classes in the WAR's WEB-INF/classes. */
    static Path withWebClasses(String name, Class<?>... classes) throws IOException {
        return rewrite(name, Map.of("yomu-web.war", war -> {
            try {
                return addClasses(war, classes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    /** The real EAR whose core module expects a changeset no migration provides: readiness stays DOWN. */
    static Path expectingUnknownChangeset(String name) throws IOException {
        return rewrite(name, Map.of("yomu-core.jar", jar -> {
            try {
                return replaceEntry(jar, CORE_CHANGELOG, xml -> xml.replace("</databaseChangeLog>",
                        "  <changeSet id=\"never-applied-" + name + "\" author=\"deploy-test\" labels=\"expand\">\n"
                                + "    <sql>select 1</sql>\n  </changeSet>\n</databaseChangeLog>"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private static Path rewrite(String name, Map<String, UnaryOperator<byte[]>> changes) throws IOException {
        Path target = Files.createTempDirectory("yomu-release").resolve(name + ".ear");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(BUILT));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] content = in.readAllBytes();
                UnaryOperator<byte[]> change = changes.get(entry.getName());
                put(out, entry.getName(), change == null ? content : change.apply(content));
            }
        }
        return target;
    }

    private static byte[] addClasses(byte[] war, Class<?>... classes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(war));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                put(out, entry.getName(), in.readAllBytes());
            }
            for (Class<?> type : classes) {
                String file = type.getName().replace('.', '/') + ".class";
                put(out, "WEB-INF/classes/" + file, Files.readAllBytes(TEST_CLASSES.resolve(file)));
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] replaceEntry(byte[] jar, String path, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(path)) {
                    content = change.apply(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    found = true;
                }
                put(out, entry.getName(), content);
            }
        }
        if (!found) {
            throw new IllegalStateException(path + " not found in the core module");
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /** Bytes that are not a zip at all. */
    static Path corrupt() throws IOException {
        Path target = Files.createTempFile("yomu-corrupt", ".ear");
        try (OutputStream out = Files.newOutputStream(target); InputStream in = Files.newInputStream(BUILT)) {
            out.write(in.readNBytes(4096)); // a truncated download: the zip's central directory is missing
        }
        return target;
    }
}
