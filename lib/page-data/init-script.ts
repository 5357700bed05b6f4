import { rootAttributes, storageKeys, textSizes, views } from '@/contract/reader';

/**
 * Runs in <head> before the first paint, so that a reader's chosen view, colour scheme and text size
 * apply without a flash or a layout shift. Kept tiny and constant: the Content-Security-Policy allows
 * it by its hash. `?view=` in the address wins over the stored choice.
 */
export const initScript = `(function(){var d=document.documentElement;d.classList.add('js');try{var s=localStorage,v=new URLSearchParams(location.search).get('view')||s.getItem(${JSON.stringify(storageKeys.view)});if(${JSON.stringify(views)}.indexOf(v)>-1)d.setAttribute(${JSON.stringify(rootAttributes.view)},v);var t=s.getItem(${JSON.stringify(storageKeys.theme)});if(t==='light'||t==='dark')d.setAttribute(${JSON.stringify(rootAttributes.theme)},t);var z=s.getItem(${JSON.stringify(storageKeys.size)});if(${JSON.stringify(textSizes.map(String))}.indexOf(z)>-1)d.setAttribute(${JSON.stringify(rootAttributes.size)},z)}catch(e){}})()`;
