package org.gongkai.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.budget.CatalogConformance;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.classification.ClassificationCatalog;

/**
 * Reads and writes the JSON form of a {@link DepartmentBudget}. Every failure is an {@link InvalidModelException}
 * naming the JSON path (or line and column) and what is wrong, never a raw parser trace.
 */
public final class ModelJson {

    /** A model is a few hundred kilobytes; anything far larger is not a model and is refused before parsing. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private ModelJson() {
    }

    public static String write(DepartmentBudget budget) {
        try {
            return GongkaiJson.mapper().writeValueAsString(budget);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法序列化预算模型", e);
        }
    }

    public static DepartmentBudget read(Path file) {
        return read(readText(file), file.toString());
    }

    /** The text of a model file, refusing what cannot be a model (missing, too large, not UTF-8). */
    public static String readText(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidModelException(source, List.of(new ModelProblem("$",
                        "文件大小 " + size + " 字节，超过模型文件上限 " + MAX_BYTES + " 字节")));
            }
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidModelException(source, List.of(new ModelProblem("$", "文件不存在")));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidModelException(source, List.of(new ModelProblem("$", "文件不是 UTF-8 编码的 JSON")));
        } catch (IOException e) {
            throw new InvalidModelException(source, List.of(new ModelProblem("$", "无法读取文件：" + e.getMessage())));
        }
    }

    /** Parses and checks a model against its year's catalog. */
    public static DepartmentBudget read(String json, String source) {
        DepartmentBudget budget = parse(json, source);
        new CatalogConformance(ClassificationCatalog.builtIn()).requireConforming(budget, source);
        return budget;
    }

    /** Parses without the catalog check (importers keep models with unknown codes and report them as findings). */
    public static DepartmentBudget parse(String json, String source) {
        return parse(json, source, DepartmentBudget.class, "预算模型");
    }

    public static String write(org.gongkai.core.accounts.FinalAccounts accounts) {
        try {
            return GongkaiJson.mapper().writeValueAsString(accounts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法序列化决算模型", e);
        }
    }

    /** Parses final accounts (部门决算) and checks their codes against the year's catalog. */
    public static org.gongkai.core.accounts.FinalAccounts readAccounts(String json, String source) {
        org.gongkai.core.accounts.FinalAccounts accounts = parseAccounts(json, source);
        List<ModelProblem> problems = new CatalogConformance(ClassificationCatalog.builtIn()).check(accounts.actuals());
        if (!problems.isEmpty()) {
            // The budget's shape sits under "actuals" in a 决算's JSON: its problems are named where they are in the file.
            throw new InvalidModelException(source, problems.stream()
                    .map(p -> new ModelProblem(p.path().equals("$") ? "actuals" : "actuals." + p.path(), p.message())).toList(), "决算模型");
        }
        return accounts;
    }

    /**
     * Whether a model file holds final accounts (its top level has {@code actuals}) rather than a budget. A file that
     * is no JSON object is not: reading it as a budget says what is wrong with it.
     */
    public static boolean isFinalAccounts(String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode root = GongkaiJson.mapper().readTree(json);
            return root != null && root.isObject() && root.has("actuals");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Parses final accounts without the catalog check. */
    public static org.gongkai.core.accounts.FinalAccounts parseAccounts(String json, String source) {
        return parse(json, source, org.gongkai.core.accounts.FinalAccounts.class, "决算模型");
    }

    private static <T> T parse(String json, String source, Class<T> type, String what) {
        try {
            T model = GongkaiJson.mapper().readValue(json, type);
            if (model == null) {
                throw new InvalidModelException(source, List.of(new ModelProblem("$", "文件为空或为 null，不是" + what)), what);
            }
            return model;
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                throw new InvalidModelException(source, List.of(syntaxProblem(syntax)), what);
            }
            throw new InvalidModelException(source, List.of(problem(e)), what);
        } catch (JsonProcessingException e) {
            throw new InvalidModelException(source, List.of(syntaxProblem(e)), what);
        }
    }

    private static ModelProblem syntaxProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "$" : "第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列";
        return new ModelProblem(where, "JSON 语法错误：" + e.getOriginalMessage());
    }

    private static ModelProblem problem(JsonMappingException e) {
        String path = path(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ModelProblem(path, "未知字段 \"" + unknown.getPropertyName() + "\"（模型中没有这个字段，见 docs/model.md）");
        }
        if (e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof NullPointerException) {
            return new ModelProblem(path, e.getCause().getMessage());
        }
        if (e instanceof ValueInstantiationException) {
            return new ModelProblem(path, "无法构造该对象：" + e.getOriginalMessage());
        }
        if (e instanceof InvalidFormatException format) {
            return new ModelProblem(path, "值 " + quote(format.getValue()) + " 不是有效的" + typeName(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new ModelProblem(path, "类型不符：这里应为" + typeName(mismatch.getTargetType()));
        }
        return new ModelProblem(path, e.getOriginalMessage());
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static String quote(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String typeName(Class<?> type) {
        if (type == java.math.BigDecimal.class) {
            return "金额（数字）";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "布尔值（true 或 false）";
        }
        if (type == int.class || type == Integer.class) {
            return "整数";
        }
        if (type.isEnum()) {
            return "取值（" + String.join("、", java.util.Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).toList()) + "）";
        }
        if (List.class.isAssignableFrom(type)) {
            return "数组";
        }
        return type == String.class ? "文本" : "对象（" + type.getSimpleName() + "）";
    }
}
