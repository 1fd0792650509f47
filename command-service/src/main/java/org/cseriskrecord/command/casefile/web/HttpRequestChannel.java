package org.cseriskrecord.command.casefile.web;

import org.cseriskrecord.command.casefile.application.RequestChannel;
import org.cseriskrecord.support.web.CaseSequence;
import org.cseriskrecord.support.web.CorrelationIdFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The request channel of an HTTP request: the correlation id its filter set, the sequence as a response header. */
@Component
class HttpRequestChannel implements RequestChannel {

    @Override
    public String correlationId() {
        return CorrelationIdFilter.current();
    }

    @Override
    public void announceSequence(String caseId, long sequence) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            attributes.getResponse().setHeader(CaseSequence.HEADER, Long.toString(sequence));
        }
    }
}
