package dev.followthrough;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;

/**
 * SQL is written in one place per table: a Jdbi SqlObject interface named {@code *Store}, the one
 * store of the feature the table belongs to. Nothing else runs statements of its own.
 */
class EachTableHasOneStoreTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.followthrough");

    private static final Path SOURCES = Path.of("src/main/java");

    private static final Set<String> HANDLE_STATEMENTS =
            Set.of("createQuery", "createUpdate", "prepareBatch", "execute", "createScript", "createCall", "select");

    /** A string that is a statement, not a word that happens to be a keyword ("DROP" as a mode). */
    private static final Pattern SQL = Pattern.compile(
            "^\\s*(SELECT\\s|WITH\\s+\\w+\\s+AS\\s|INSERT\\s+INTO\\s|UPDATE\\s+\\w+\\s+SET\\s|DELETE\\s+FROM\\s|SET\\s+(LOCAL\\s+)?\\w+\\s*=|TRUNCATE\\s)",
            Pattern.DOTALL);

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private static final Pattern WRITES = Pattern.compile(
            "\\bINSERT\\s+INTO\\s+(\\w+)|\\bDELETE\\s+FROM\\s+(\\w+)|\\bUPDATE\\s+(\\w+)\\s+SET\\b",
            Pattern.CASE_INSENSITIVE);

    /** A table a statement reads; not a function ({@code unnest(…)}) or a column ({@code excluded.x}). */
    private static final Pattern READS =
            Pattern.compile("\\b(?:FROM|JOIN)\\s+(\\w+)(?![\\w.]|\\s*\\()", Pattern.CASE_INSENSITIVE);

    @Test
    void noClassRunsAStatementOnAHandleOfItsOwn() {
        noClasses()
                .should()
                .callMethodWhere(new DescribedPredicate<JavaMethodCall>("a statement run on a Jdbi handle") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getTargetOwner().isAssignableTo(Handle.class)
                                && HANDLE_STATEMENTS.contains(call.getName());
                    }
                })
                .because("SQL lives in a store's SqlObject interface, next to the record it returns")
                .check(PRODUCTION);
    }

    @Test
    void sqlIsWrittenOnlyInStoreInterfaces() {
        var outside = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().endsWith("Store.java"))
                    .forEach(file -> sqlIn(file).forEach(sql -> outside.add(SOURCES.relativize(file) + ": " + sql)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        assertThat(outside).as("SQL outside a *Store interface").isEmpty();
        assertThat(everyStore())
                .allSatisfy(store -> assertThat(store.isInterface())
                        .as(store.getName() + " is a SqlObject interface")
                        .isTrue());
    }

    @Test
    void eachTableIsWrittenByOneStore() {
        var writers = tablesByStore(WRITES);
        assertThat(writers).as("the stores that write each table").containsKeys("commitments", "users", "outbox");
        assertThat(sharedBeyondWhatIsKnown(writers))
                .as("tables written by more than one store")
                .isEmpty();
    }

    @Test
    void eachTableIsReadByTheStoreThatWritesIt() {
        var readers = tablesByStore(READS);
        var writers = tablesByStore(WRITES);
        assertThat(readers).as("the stores that read each table").containsKeys("commitment_events", "home_views");
        assertThat(sharedBeyondWhatIsKnown(readers))
                .as("tables read by more than one store")
                .isEmpty();
        readers.forEach((table, stores) -> assertThat(writers.getOrDefault(table, stores))
                .as("the stores that write " + table + ", which " + stores + " read")
                .containsAll(stores));
    }

    /** For each table a statement names (as {@code tables} finds them), the stores whose statements do. */
    private static Map<String, Set<String>> tablesByStore(Pattern tables) {
        var byTable = new TreeMap<String, Set<String>>();
        for (var store : stores()) {
            // A slice a store extends (one method, cheap to attach on the request path) is that store's.
            for (var method : store.getMethods()) {
                statement(method).ifPresent(sql -> {
                    var named = tables.matcher(sql);
                    while (named.find()) {
                        var table = Stream.of(named.group(1), groupOrNull(named, 2), groupOrNull(named, 3))
                                .filter(Objects::nonNull)
                                .findFirst()
                                .orElseThrow()
                                .toLowerCase();
                        byTable.computeIfAbsent(table, ignored -> new TreeSet<>())
                                .add(store.getSimpleName());
                    }
                });
            }
        }
        return byTable;
    }

    private static String groupOrNull(Matcher matcher, int group) {
        return matcher.groupCount() >= group ? matcher.group(group) : null;
    }

    private static Map<String, Set<String>> sharedBeyondWhatIsKnown(Map<String, Set<String>> byTable) {
        var shared = new TreeMap<String, Set<String>>();
        byTable.forEach((table, stores) -> {
            if (stores.size() > 1) {
                shared.put(table, stores);
            }
        });
        return shared;
    }

    private static List<Class<?>> stores() {
        var stores = PRODUCTION.stream()
                .filter(type -> type.getSimpleName().endsWith("Store"))
                .map(JavaClass::reflect)
                .toList();
        return stores.stream()
                .filter(slice -> stores.stream().noneMatch(store -> store != slice && slice.isAssignableFrom(store)))
                .toList();
    }

    /** Every store, slices included, for what must hold of each of them. */
    private static List<Class<?>> everyStore() {
        return PRODUCTION.stream()
                .filter(type -> type.getSimpleName().endsWith("Store"))
                .map(JavaClass::reflect)
                .toList();
    }

    private static Optional<String> statement(Method method) {
        if (method.isAnnotationPresent(SqlUpdate.class)) {
            return Optional.of(method.getAnnotation(SqlUpdate.class).value());
        }
        if (method.isAnnotationPresent(SqlBatch.class)) {
            return Optional.of(method.getAnnotation(SqlBatch.class).value());
        }
        // INSERT … RETURNING is a query that writes.
        if (method.isAnnotationPresent(SqlQuery.class)) {
            return Optional.of(method.getAnnotation(SqlQuery.class).value());
        }
        return Optional.empty();
    }

    private static List<String> sqlIn(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        var found = new ArrayList<String>();
        var blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            if (SQL.matcher(blocks.group(1)).find()) {
                found.add(blocks.group(1).strip().lines().findFirst().orElse(""));
            }
        }
        var strings = STRING.matcher(blocks.replaceAll("\"\""));
        while (strings.find()) {
            if (SQL.matcher(strings.group(1)).find()) {
                found.add(strings.group(1));
            }
        }
        return found;
    }
}
