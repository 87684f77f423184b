package dev.followthrough;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dockerfile read as the builder reads it: comments dropped, continued lines joined, one
 * instruction per line, grouped into the stages that each {@code FROM} starts. Enough of the
 * syntax for this project's file, so that its tests need no Docker engine.
 */
record Dockerfile(List<Stage> stages) {

    record Stage(String image, Optional<String> name, List<Instruction> instructions) {

        List<Instruction> all(String keyword) {
            return instructions.stream()
                    .filter(instruction -> instruction.keyword().equals(keyword))
                    .toList();
        }

        Instruction only(String keyword) {
            var found = all(keyword);
            if (found.size() != 1) {
                throw new AssertionError(
                        "Expected one " + keyword + " in the stage from " + image + ", found " + found);
            }
            return found.get(0);
        }
    }

    /** {@code COPY --from=build a b} is keyword COPY, flags [--from=build], arguments "a b". */
    record Instruction(String keyword, List<String> flags, String arguments) {

        Optional<String> flag(String name) {
            return flags.stream()
                    .filter(flag -> flag.startsWith("--" + name + "="))
                    .map(flag -> flag.substring(name.length() + 3))
                    .findFirst();
        }

        List<String> words() {
            return Arrays.asList(arguments.trim().split("\\s+"));
        }

        /** The instruction that a {@code HEALTHCHECK} runs, {@code CMD ...}. */
        Instruction command() {
            return instruction(arguments);
        }

        /** The JSON array of the exec form, as in {@code ENTRYPOINT ["java", ...]}. */
        List<String> execForm() {
            var json = arguments.trim();
            if (!json.startsWith("[")) {
                throw new AssertionError(keyword + " is in shell form, not exec form: " + arguments);
            }
            try {
                return new ObjectMapper().readValue(json, new TypeReference<List<String>>() {});
            } catch (IOException notJson) {
                throw new AssertionError(keyword + "'s exec form is not a JSON array of strings: " + arguments);
            }
        }
    }

    static Dockerfile read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException cannotRead) {
            throw new UncheckedIOException(cannotRead);
        }
    }

    static Dockerfile parse(List<String> lines) {
        var stages = new ArrayList<Stage>();
        for (var line : logicalLines(lines)) {
            var instruction = instruction(line);
            if (instruction.keyword().equals("FROM")) {
                var words = instruction.words();
                var name = words.size() == 3 && words.get(1).equalsIgnoreCase("AS")
                        ? Optional.of(words.get(2))
                        : Optional.<String>empty();
                stages.add(new Stage(words.get(0), name, new ArrayList<>()));
            } else if (stages.isEmpty()) {
                throw new AssertionError("An instruction before the first FROM: " + line);
            } else {
                stages.get(stages.size() - 1).instructions().add(instruction);
            }
        }
        return new Dockerfile(List.copyOf(stages));
    }

    /** Comment lines are dropped even inside a continued instruction, as the builder does. */
    private static List<String> logicalLines(List<String> lines) {
        var logical = new ArrayList<String>();
        var pending = new StringBuilder();
        for (var line : lines) {
            var trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            logical.add(pending.append(trimmed).toString());
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            throw new AssertionError("The last instruction ends with a line continuation: " + pending);
        }
        return logical;
    }

    private static Instruction instruction(String line) {
        var words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
        var keyword = words.remove(0).toUpperCase(Locale.ROOT);
        var flags = new ArrayList<String>();
        while (!words.isEmpty() && words.get(0).startsWith("--")) {
            flags.add(words.remove(0));
        }
        return new Instruction(keyword, List.copyOf(flags), String.join(" ", words));
    }

    Stage stage(String name) {
        return stages.stream()
                .filter(stage -> stage.name().equals(Optional.of(name)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No stage named " + name));
    }

    /** The image that runs. */
    Stage last() {
        return stages.get(stages.size() - 1);
    }
}
