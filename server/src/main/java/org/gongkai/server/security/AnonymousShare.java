package org.gongkai.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the anonymous requests worked on at once, so that a flood from many addresses (which the per-client rate
 * cannot stop) leaves the rest of the machine to signed-in users. It runs after the page cache: a cached page costs
 * next to nothing and is not counted. A request that finds no room waits briefly, then is told to retry.
 */
public class AnonymousShare extends OncePerRequestFilter {

    private static final long WAIT_MILLIS = 500;

    private final Semaphore permits;

    public AnonymousShare(int atOnce) {
        this.permits = new Semaphore(atOnce, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SignedIn.session(request) || SignedIn.offersCredentials(request) || SignedIn.serverItself(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            Refusals.refuse(request, response, 503, 1, "服务器繁忙，请稍后再试");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
