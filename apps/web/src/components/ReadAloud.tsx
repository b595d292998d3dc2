import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/context';

/** A voice for `lang` ("fr"), or null. Voices load asynchronously in some browsers. */
export function findVoice(lang: string): SpeechSynthesisVoice | null {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof synth.getVoices !== 'function') return null;
  return synth.getVoices().find((voice) => voice.lang.toLowerCase().startsWith(lang)) ?? null;
}

export function useVoice(lang: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => findVoice(lang));
  useEffect(() => {
    const synth = globalThis.speechSynthesis;
    if (!synth) return;
    const update = () => setVoice(findVoice(lang));
    update();
    synth.addEventListener?.('voiceschanged', update);
    return () => synth.removeEventListener?.('voiceschanged', update);
  }, [lang]);
  return voice;
}

/**
 * "Écouter le texte": reads a text aloud with the browser's speech synthesis.
 * Shown only when the device has a voice for the text's language (French by default).
 */
export function ReadAloud(props: { text: string; lang?: string; label?: string }) {
  const { t } = useI18n();
  const lang = props.lang ?? 'fr';
  const voice = useVoice(lang);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => () => {
    if (speaking) globalThis.speechSynthesis?.cancel();
  }, [speaking]);

  if (!voice) return null;

  const toggle = () => {
    const synth = globalThis.speechSynthesis;
    synth.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(props.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  };

  return (
    <button type="button" class="button button--secondary button--small read-aloud" onClick={toggle}>
      <span aria-hidden="true">{speaking ? '■ ' : '▶ '}</span>
      {speaking ? t('readAloud.stop') : props.label ?? t('readAloud.start')}
    </button>
  );
}
