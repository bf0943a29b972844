package org.gongkai.server.catalog;

import java.time.OffsetDateTime;

/** One loaded official catalog file, as kept: which year and region it is for and where it stands. */
public record CatalogVersion(long id, int year, String regionCode, String fileName, String sha256, State state,
                             int functionCount, int economicCount, String fileSummary, String loadedBy,
                             OffsetDateTime loadedAt, String decidedBy, OffsetDateTime decidedAt) {

    /** PENDING until applied or discarded; an applied version is IN_FORCE until another one of its year and region is. */
    public enum State {
        PENDING("待确认"), IN_FORCE("现行"), SUPERSEDED("已被替换"), DISCARDED("已放弃");

        private final String chinese;

        State(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** 「全国（未单独载入目录的地区）」 or the region code. */
    public String regionLabel() {
        return regionCode.isEmpty() ? "全部地区" : regionCode;
    }
}
