package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The part of "the machinery never uses the root package" that {@link PackageDependencyTest} cannot see: javac
 * inlines a {@code static final String} constant such as a header name of {@link LalalConstants}, yet records the
 * class it came from in the class file's constant pool. jdeps counts that as a dependency; ArchUnit does not.
 */
class MachineryClassFilesTest {

    @Test
    void noClassOfASubPackageNamesAClassOfTheRootPackage() throws Exception {
        Path classes = Path.of(LalalComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path rootPackage = classes.resolve("io/github/camellalal/component");
        Pattern rootClass = Pattern.compile("io/github/camellalal/component/[A-Z][A-Za-z0-9_$]*");
        List<String> found = new ArrayList<>();
        List<Path> machinery;
        try (Stream<Path> files = Files.walk(rootPackage)) {
            machinery = files.filter(f -> f.toString().endsWith(".class") && !f.getParent().equals(rootPackage))
                    .toList();
        }
        for (Path f : machinery) {
            // every class a class file names is a UTF-8 entry of its constant pool
            Matcher m = rootClass.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            while (m.find()) {
                found.add(rootPackage.relativize(f) + " names " + m.group());
            }
        }
        assertThat(machinery).isNotEmpty();
        assertThat(found).isEmpty();
    }
}
