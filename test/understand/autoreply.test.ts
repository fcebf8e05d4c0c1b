import { describe, expect, it } from 'vitest';
import { detectAutoReply } from '../../src/understand/autoreply.ts';
import { message } from './message.ts';

describe('detectAutoReply', () => {
  it.each([
    ['Auto-Submitted: auto-replied', { headers: { 'auto-submitted': 'auto-replied' }, text: 'Thanks, I will reply soon.' }],
    ['X-Autoreply', { headers: { 'x-autoreply': 'yes' }, text: 'Thanks.' }],
    ['X-Autorespond', { headers: { 'x-autorespond': 'Tom' }, text: 'Thanks.' }],
    ['Precedence: auto_reply', { headers: { precedence: 'auto_reply' }, text: 'Thanks.' }],
    ['Precedence bulk + OOO subject', { headers: { precedence: 'bulk' }, subject: 'Vacation', text: 'Hi.' }],
    ['English OOO subject', { subject: 'Out of Office: Feedback', text: 'Hello.' }],
    ['English body', { text: 'Hello,\n\nI am currently out of the office until 12 January with no access to email.' }],
    ['mailbox not monitored', { text: 'Please note this mailbox is not monitored. Visit our careers page.' }],
    ['no longer with the company', { text: 'Sarah is no longer with Acme. Please contact jobs@acme.test.' }],
    ['German subject', { subject: 'Abwesenheitsnotiz: Re: Feedback', text: 'Danke.' }],
    ['German body', { text: 'Vielen Dank für Ihre Nachricht. Bis zum 12.01. bin ich nicht im Büro.' }],
    ['French subject', { subject: 'Réponse automatique : Retour', text: 'Merci.' }],
    ['French body', { text: 'Bonjour, je suis absente du bureau jusqu’au 12 janvier.' }],
    ['Spanish subject', { subject: 'Respuesta automática: Comentarios', text: 'Gracias.' }],
    ['Spanish body', { text: 'Gracias por su correo. Estoy fuera de la oficina hasta el 12 de enero.' }],
    ['Dutch subject', { subject: 'Automatisch antwoord: Feedback', text: 'Bedankt.' }],
    ['Dutch body', { text: 'Bedankt voor je bericht. Ik ben afwezig tot 12 januari.' }],
  ])('recognises %s', (_, fields) => {
    expect(detectAutoReply(message(fields)).auto).toBe(true);
  });

  it.each([
    ['X-Auto-Response-Suppress alone', { headers: { 'x-auto-response-suppress': 'All' }, text: 'Hi Jane, your system design answer lacked depth.' }],
    ['Auto-Submitted: no', { headers: { 'auto-submitted': 'no' }, text: 'Hi Jane, happy to help.' }],
    ['Precedence: bulk alone', { headers: { precedence: 'bulk' }, text: 'Hi Jane, here is some feedback on your interview.' }],
    ['a human reply', { text: 'Hi Jane, the other candidate had more Kubernetes experience. Best, Tom' }],
  ])('does not fire on %s', (_, fields) => {
    expect(detectAutoReply(message(fields)).auto).toBe(false);
  });
});
