package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.server.persistence.DisclosureRecord;
import org.gongkai.server.workflow.Status;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * A listing changed one publication at a time answers exactly as one built from scratch over the same versions, budgets
 * and final accounts alike (the year's lists and sums being of budgets).
 */
class SnapshotTest {

    private static final int[] YEARS = {2022, 2023, 2024};
    private static final String[] REGIONS = {"310101", "310104", "310107"};

    private long ids;

    private PublishedDisclosure version(Random random, String department, int year, int version, boolean superseded,
                                        DisclosureKind kind) {
        String region = REGIONS[Integer.parseInt(department) % REGIONS.length];
        DisclosureRecord record = new DisclosureRecord(++ids, department, year, version, Status.PUBLISHED, null, 0, null, null, null,
                superseded, null, null, region, kind);
        BigDecimal total = BigDecimal.valueOf(random.nextInt(100_000), 2);
        Summary summary = new Summary(total, total, BigDecimal.ZERO.setScale(2), ThreePublicAmounts.NONE,
                List.of(new Summary.ClassAmount("201", "一般公共服务支出", total, List.of())), false);
        return new PublishedDisclosure(record, "部门" + department, "区" + region, summary, 0, 0, () -> {
            throw new AssertionError("a listing never reads details");
        });
    }

    @RepeatedTest(20)
    void publicationsReplacingOneDepartmentYearAtATimeGiveTheListingBuiltAnew(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<PublishedDisclosure> versions = new ArrayList<>();
        for (int d = 100; d < 130; d++) {
            for (int year : YEARS) {
                if (random.nextInt(3) > 0) {
                    versions.add(version(random, String.valueOf(d), year, 1, false, DisclosureKind.BUDGET));
                }
                if (random.nextInt(3) == 0) {
                    versions.add(version(random, String.valueOf(d), year, 1, false, DisclosureKind.FINAL_ACCOUNTS));
                }
            }
        }
        Snapshot listing = new Snapshot(versions);
        listing.byClass(2023);
        listing.regionTotals(2024);
        for (int step = 0; step < 40; step++) {
            String department = String.valueOf(100 + random.nextInt(35));
            int year = YEARS[random.nextInt(YEARS.length)];
            // A publication of one kind: the department-year's versions of that kind superseded, the other kind's kept.
            DisclosureKind kind = DisclosureKind.values()[random.nextInt(2)];
            List<PublishedDisclosure> before = listing.versions(department, year);
            List<PublishedDisclosure> after = new ArrayList<>();
            before.forEach(p -> after.add(p.kind() == kind ? version(random, department, year, p.version(), true, kind) : p));
            after.add(version(random, department, year, listing.versions(department, year, kind).size() + 1, false, kind));
            versions.removeIf(p -> p.departmentCode().equals(department) && p.year() == year);
            versions.addAll(after);

            listing = listing.replacing(department, year, after);
            Snapshot anew = new Snapshot(versions);

            assertThat(listing.size()).isEqualTo(anew.size());
            assertThat(listing.years()).isEqualTo(anew.years());
            assertThat(listing.currentVersions()).isEqualTo(anew.currentVersions());
            for (int y : YEARS) {
                assertThat(listing.current(y)).as("year %d", y).isEqualTo(anew.current(y));
                assertThat(listing.regionTotals(y)).isEqualTo(anew.regionTotals(y));
                assertThat(listing.byClass(y)).isEqualTo(anew.byClass(y));
                for (String region : REGIONS) {
                    assertThat(listing.current(y, region)).isEqualTo(anew.current(y, region));
                    assertThat(listing.totals(y, region)).isEqualTo(anew.totals(y, region));
                    assertThat(listing.currentAccounts(y, region)).isEqualTo(anew.currentAccounts(y, region));
                }
            }
            assertThat(listing.history(department)).isEqualTo(anew.history(department));
            assertThat(listing.versions(department, year)).isEqualTo(anew.versions(department, year));
            for (DisclosureKind k : DisclosureKind.values()) {
                assertThat(listing.find(department, year, k, null)).isEqualTo(anew.find(department, year, k, null));
                assertThat(listing.history(department, k)).isEqualTo(anew.history(department, k));
            }
        }
    }
}
