package org.gongkai.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the request rate of each anonymous client (a token bucket per address) and refuses credentials from a client
 * that has just failed too often, before any bcrypt comparison is spent on them. Signed-in sessions pass untouched.
 * The map of clients is bounded: when full, the least recently seen client is forgotten (and starts with a full bucket).
 */
public class AnonymousRate extends OncePerRequestFilter {

    /** Clients remembered at once; a flood from more addresses than this only forgets old buckets. */
    static final int MAX_CLIENTS = 50_000;

    private final double perSecond;
    private final double burst;
    private final LoginThrottle logins;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public AnonymousRate(double perSecond, int burst, LoginThrottle logins) {
        this(perSecond, burst, logins, System::nanoTime);
    }

    AnonymousRate(double perSecond, int burst, LoginThrottle logins, LongSupplier nanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.logins = logins;
        this.nanos = nanos;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        if (SignedIn.offersCredentials(request)) {
            long wait = logins.clientWaitSeconds(client);
            if (wait > 0) {
                Refusals.refuse(request, response, 429, wait, "登录失败次数过多，请 " + wait + " 秒后再试");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (SignedIn.session(request) || SignedIn.serverItself(request)) {
            chain.doFilter(request, response);
            return;
        }
        double wait = take(client);
        if (wait > 0) {
            Refusals.refuse(request, response, 429, (long) Math.ceil(wait),
                    "访问过于频繁（未登录用户每秒最多 " + (int) perSecond + " 次），请稍后再试");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Takes a token for the client; returns 0, or the seconds until one is available. */
    private double take(String client) {
        long now = nanos.getAsLong();
        synchronized (buckets) {
            Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (1 - bucket.tokens) / perSecond;
        }
    }

    int clients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}
