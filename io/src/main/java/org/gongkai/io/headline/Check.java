package org.gongkai.io.headline;

/** One of the document's own identities (三公 parts = total; 基本 + 项目 = 支出; 收入 = 支出 …) and whether it holds. */
public record Check(String id, String what, boolean holds, String detail) {
}
