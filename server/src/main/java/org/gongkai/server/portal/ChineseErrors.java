package org.gongkai.server.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What any refused request answers that no controller answered itself — an address that does not exist, a parameter
 * that is not a number, a method not allowed: in Chinese, as {@code {"error": status, "message": "…", "path": "…"}}
 * for a program (the API's own shape, see api/ApiErrors) and as the error page (templates/error.html) for a browser;
 * never Spring's English words, a class name or a trace.
 */
@Component
public class ChineseErrors extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> spring = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = spring.get("status") instanceof Integer s ? s : 500;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error", status);
        answer.put("message", message(status, getError(request)));
        answer.put("path", spring.get("path"));
        return answer;
    }

    /** The refusal in Chinese, by its status; a parameter of the wrong form is named. */
    static String message(int status, Throwable error) {
        if (error instanceof MethodArgumentTypeMismatchException mismatch) {
            return "地址中的“" + mismatch.getName() + "”不正确";
        }
        return switch (status) {
            case 400 -> "请求有误：地址或参数不正确";
            case 401 -> "请先登录";
            case 403 -> "没有权限访问";
            case 404 -> "没有这个页面，地址可能有误";
            case 405 -> "不支持这种请求方式";
            case 406, 415 -> "不支持这种数据格式";
            case 413 -> "上传的文件过大";
            case 429 -> "请求过于频繁，请稍后再试";
            default -> status >= 500 ? "服务器内部错误，请稍后重试" : "请求未能完成（状态 " + status + "）";
        };
    }
}
