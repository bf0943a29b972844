package org.gongkai.io.inspection.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.io.inspection.Timeliness;

/**
 * The readable documents of an inspection batch, as one region: grouped by department (its normalised name, or its
 * code where printed), year, kind and level, with the roster of who must publish and the publication dates.
 */
public final class Region {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private final List<Filed> documents;
    private final List<Filed> everyFile;
    private final Roster roster;
    private final Timeliness dates;

    public Region(List<Filed> documents, Roster roster, Timeliness dates) {
        this(documents, List.of(), roster, dates);
    }

    /** {@code duplicates}: files with the same bytes as one of {@code documents}, seen only where a file is filed. */
    public Region(List<Filed> documents, List<Filed> duplicates, Roster roster, Timeliness dates) {
        this.documents = documents.stream().sorted(Comparator.comparing(Filed::file)).toList();
        List<Filed> all = new ArrayList<>(documents);
        all.addAll(duplicates);
        this.everyFile = all.stream().sorted(Comparator.comparing(Filed::file)).toList();
        this.roster = roster == null ? Roster.none() : roster;
        this.dates = dates == null ? Timeliness.none() : dates;
    }

    public List<Filed> documents() {
        return documents;
    }

    /** Every readable file, duplicates included: what was filed where. */
    public List<Filed> everyFile() {
        return everyFile;
    }

    public Roster roster() {
        return roster;
    }

    public Optional<LocalDate> published(String file) {
        return dates.published(file);
    }

    /** Two documents of one department: the same printed code, or the same name when either prints none. */
    public static boolean sameDepartment(Filed a, Filed b) {
        if (a.code() != null && b.code() != null) {
            return a.code().equals(b.code());
        }
        return Filed.sameDepartment(a.departmentName(), b.departmentName());
    }

    /** The documents of one department, year, kind and level (usually one). */
    public List<Filed> find(Filed like, int year, DisclosureKind kind, Disclosure.Level level) {
        return documents.stream().filter(d -> d.year() == year && d.kind() == kind && d.level() == level && sameDepartment(d, like))
                .toList();
    }

    /** The roster entry a document's content names: its code, else its name at its level (a unit's name may be its 部门's). */
    public Optional<RosterEntry> entryOf(Filed document) {
        if (document.code() != null) {
            Optional<RosterEntry> byCode = roster.entries().stream().filter(e -> e.code().equals(document.code())).findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        List<RosterEntry> named = roster.entries().stream().filter(e -> Filed.sameDepartment(e.name(), document.departmentName()))
                .toList();
        return named.stream().filter(e -> e.level() == document.level())
                .min(Comparator.comparing(e -> Filed.normalise(e.name()).equals(document.normalisedName()) ? 0 : 1))
                .or(() -> named.stream().findFirst());
    }

    /** The documents whose content names a roster entry. */
    public List<Filed> documentsOf(RosterEntry entry) {
        return documents.stream().filter(d -> entryOf(d).filter(entry::equals).isPresent()).toList();
    }

    /**
     * The department a document was filed under: the longest roster name (or, without a roster, the longest department
     * name another document of the batch prints) that its folder or file name contains.
     */
    public Optional<String> filedUnder(Filed document) {
        String path = Filed.normalise(document.file());
        List<String> names = new ArrayList<>();
        if (roster.isEmpty()) {
            documents.forEach(d -> names.add(d.departmentName()));
        } else {
            roster.entries().forEach(e -> names.add(e.name()));
        }
        return names.stream().filter(n -> Filed.normalise(n).length() >= 4 && path.contains(Filed.normalise(n)))
                .max(Comparator.comparingInt(n -> Filed.normalise(n).length()));
    }

    /** The years a document's folder and file names state. */
    public static List<Integer> yearsInPath(String file) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(file);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }

    /** The kind a document's folder and file names state: 决算, 预算, or none (both or neither named). */
    public static Optional<DisclosureKind> kindInPath(String file) {
        String name = file.replace("预决算", "").toLowerCase(java.util.Locale.ROOT);
        boolean finalAccounts = name.contains("决算") || name.contains("final-accounts");
        boolean budget = name.contains("预算") || name.contains("budget");
        if (finalAccounts == budget) {
            return Optional.empty();
        }
        return Optional.of(finalAccounts ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET);
    }

    /** A year and kind a roster entry must have published. */
    public record Due(int year, DisclosureKind kind, LocalDate approved) {

        public String chinese() {
            return year + " 年" + kind.shortName();
        }
    }

    /**
     * What a roster entry must have published: the budget of its 预算批复日期's year (批复日期 is the budget's), the
     * 决算 of the year before its 决算批复日期; an entry without dates owes the latest year of each kind the batch holds.
     */
    public List<Due> due(RosterEntry entry) {
        List<Due> due = new ArrayList<>();
        if (entry.budgetApproval() != null) {
            due.add(new Due(entry.budgetApproval().getYear(), DisclosureKind.BUDGET, entry.budgetApproval()));
        }
        if (entry.finalApproved() != null) {
            due.add(new Due(entry.finalApproved().getYear() - 1, DisclosureKind.FINAL_ACCOUNTS, entry.finalApproved()));
        }
        if (due.isEmpty()) {
            for (DisclosureKind kind : DisclosureKind.values()) {
                documents.stream().filter(d -> d.kind() == kind).mapToInt(Filed::year).max()
                        .ifPresent(year -> due.add(new Due(year, kind, null)));
            }
        }
        return due;
    }
}
