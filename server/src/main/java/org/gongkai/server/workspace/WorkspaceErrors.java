package org.gongkai.server.workspace;

import org.gongkai.server.api.ApiException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A page that may not be shown, or does not exist, says so in a page of its own with the status code. */
@ControllerAdvice(assignableTypes = {WorkspaceController.class, InspectionPages.class, CatalogPages.class})
public class WorkspaceErrors {

    @ExceptionHandler(ApiException.class)
    public ModelAndView refused(ApiException e) {
        ModelAndView page = new ModelAndView("work/refused");
        page.addObject("message", e.getMessage());
        page.setStatus(e.status());
        return page;
    }

    /** 「/work/users」 before it existed, or any other word where a number belongs: no such page, said in Chinese. */
    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    public ModelAndView noSuchPage(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        ModelAndView page = new ModelAndView("work/refused");
        page.addObject("message", "没有此页（“" + e.getValue() + "”不是编号）");
        page.setStatus(org.springframework.http.HttpStatus.NOT_FOUND);
        return page;
    }
}
