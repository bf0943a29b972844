package org.gongkai.server.portal;

/** A page asked for something that is not published (or does not exist): a 404 page, never a trace. */
public class NotPublished extends RuntimeException {

    public NotPublished(String code, int year, Integer version) {
        super("没有找到 " + code + (year > 0 ? " " + year + " 年" : "") + (version == null ? "" : " 第 " + version + " 版")
                + "的已公开预算或决算");
    }
}
