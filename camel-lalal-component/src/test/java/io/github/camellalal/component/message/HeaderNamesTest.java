package io.github.camellalal.component.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.component.LalalConstants;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderNamesTest {

    /** The machinery reads and writes the headers users and Camel's tooling know from LalalConstants. */
    @Test
    void everyNameIsTheConstantUsersKnow() throws Exception {
        Map<String, Object> names = constants(HeaderNames.class);
        Map<String, Object> documented = constants(LalalConstants.class);
        assertThat(names).isNotEmpty();
        names.forEach((field, value) -> assertThat(documented).as("LalalConstants.%s", field)
                .containsEntry(field, value));
    }

    private static Map<String, Object> constants(Class<?> type) throws IllegalAccessException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Field f : Arrays.stream(type.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).toList()) {
            map.put(f.getName(), f.get(null));
        }
        return map;
    }
}
