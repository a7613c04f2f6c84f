package io.github.camellalal.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.component.tasks.UnknownFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which per-file error texts mean "the service no longer knows this file or task" (expired) and which are errors. */
class UnknownFilesTest {

    @ParameterizedTest(name = "{0} -> unknown: {1}")
    @CsvSource(delimiter = '|', value = {
        // API v0
        "File not found | true",
        "Invalid file id | true",
        "Invalid extension | false",
        // API v1: the emulator's text for an unknown or old task, and the OpenAPI's check example
        "Failed to extract information about task | true",
        "['The file has not been uploaded properly or has already been deleted. Please upload it again.'] | true",
        "Permission denied | false",
        "Task is not in progress state | false",
    })
    void tellsUnknownFromOtherErrors(String error, boolean unknown) {
        FileStatus status = new FileStatus("5f0c9b1e-aaaa-4bbb-8ccc-000000000001", false, error, null, null, null,
                null, null, null, null, null, null, null, null);

        assertThat(UnknownFiles.isUnknown(status)).isEqualTo(unknown);
    }
}
