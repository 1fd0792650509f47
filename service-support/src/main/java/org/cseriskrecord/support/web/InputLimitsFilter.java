package org.cseriskrecord.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Refuses a query parameter holding a character text may not hold ({@link StrictInput#allowedInText}) with a 400
 * problem naming the parameter (a NUL would otherwise reach the database and fail there). Refuses a request body
 * larger than {@link StrictInput#MAX_BODY_BYTES} with a 413 problem: at once when the request
 * declares its length, and as soon as the limit is passed when it is sent in chunks (the JSON reader then fails with
 * {@link BodyTooLargeException}, which the problem handler answers the same way).
 */
public class InputLimitsFilter extends OncePerRequestFilter {

    private final ObjectMapper mapper;
    private final long limit;

    public InputLimitsFilter(ObjectMapper mapper, long limit) {
        this.mapper = mapper;
        this.limit = limit;
    }

    public static ProblemDetail tooLarge(long limit) {
        return Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Request too large",
                "The request body is larger than this service accepts (at most " + limit / 1024 + " KiB). "
                        + "Shorten the text and send it again.");
    }

    private static ProblemDetail badParameter(String parameter) {
        // A name that may itself be data is not repeated.
        var name = parameter.matches("[A-Za-z][A-Za-z0-9_.-]{0,60}") ? parameter : null;
        var detail = (name == null ? "A parameter" : "The parameter '" + name + "'") + " "
                + StrictInput.CONTROL_CHARACTER_MESSAGE + ".";
        return Problems.invalid(detail, name == null ? List.of()
                : List.of(new Problems.FieldError(name, StrictInput.CONTROL_CHARACTER_MESSAGE)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            Problems.write(response, mapper, tooLarge(limit));
            return;
        }
        var query = request.getQueryString();
        if (query != null) {
            for (var parameter : request.getParameterMap().entrySet()) {
                boolean bad = StrictInput.firstDisallowed(parameter.getKey()) >= 0;
                for (var value : parameter.getValue()) {
                    bad |= StrictInput.firstDisallowed(value) >= 0;
                }
                if (bad) {
                    Problems.write(response, mapper, badParameter(parameter.getKey()));
                    return;
                }
            }
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** The body was longer than the limit (a chunked request that did not say its length). */
    public static class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body larger than the limit");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private void count(long n) throws BodyTooLargeException {
            if (n > 0 && (read += n) > limit) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
